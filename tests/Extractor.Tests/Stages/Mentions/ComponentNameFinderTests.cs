using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class ComponentNameFinderTests
{
    private static IEnumerable<string> Names(string body) =>
        PipelineRun.RunUntil<ComponentNameFinder>("T", body).Mentions.Where(m => m.Finder == ComponentNameFinder.Name).Select(m => m.Surface);

    [Fact]
    public void Should_Name_The_Parts_Of_A_List_Past_A_Short_Modifier_And_A_Conjunction()
    {
        Assert.Equal(["图像编码器", "提示编码器", "掩码解码器"], Names("SAM由三个组件组成：图像编码器、提示编码器和轻量级的掩码解码器。"));
    }

    [Fact]
    public void Should_Name_The_Parts_Of_A_Numbered_List_Up_To_Their_Descriptions()
    {
        Assert.Equal(
            ["全局情感编码器", "时间韵律编码器"],
            Names("提出ProSarc框架，包含三个核心组件：1) 全局情感编码器（提取话语级情感基线）；2) 时间韵律编码器（BiLSTM+多头注意力）；3) 韵律不和谐性分析器（计算不和谐分数）。"));
    }

    [Theory]
    [InlineData("提出WorldCache框架，包含四个核心组件：1)运动自适应阈值确定何时重用特征；2)通过混合和变形实现最优近似。")]
    [InlineData("RouteNet包含三个核心模块：1) Token蒸馏器提取全局令牌；2) 基于原型的重排序。")]
    [InlineData("AdaGATE包含三个核心组件：实体中心间隙追踪（覆盖冗余、新颖性）、预算分配。后文")]
    [InlineData("ECHO框架包含两个关键组件：长程上下文理解组件（LCU）用于理解语义；块状调制模块保持唇部发音，显著提升了情感合理性和唇部同步质量。")]
    [InlineData("ReflexNet包含三个模型：负责生成文本和动作的Actor、对输出打分的Evaluator。")]
    public void Should_Not_Name_A_Description_A_Word_Cut_At_A_Conjunction_Or_Words_In_A_Bracket_Or_Past_The_List(string body)
    {
        Assert.DoesNotContain(Names(body), n => n is "运动自适应阈值确定何时重用特征" or "通过混合" or "重排序" or "新颖性" or "唇部同步质量" or "韵律不" or "负责生成文本");
    }

    [Fact]
    public void Should_Name_An_Instrument_Noun_Whatever_Verb_It_Opens_With()
    {
        Assert.Equal(["后验编码器", "生成器", "判别器"], Names("VITS包含三个核心模块：后验编码器、生成器和判别器。"));
    }

    [Fact]
    public void Should_Make_The_Named_Parts_Part_Of_The_Whole()
    {
        var edges = PipelineRun.Edges(PipelineRun.Extract("T", "SAM由三个组件组成：图像编码器、提示编码器和轻量级的掩码解码器。"));

        Assert.Contains("提示编码器 -PART_OF-> SAM", edges);
        Assert.Contains("掩码解码器 -PART_OF-> SAM", edges);
    }

    [Theory]
    [InlineData("本文提出FooDistill。蒸馏损失由三部分构成：基于MSE的概率匹配、边界感知监督和可学习的非确定性权重。", "边界感知监督 -PART_OF-> FooDistill")]
    [InlineData("提出AnomalyAgent。奖励机制包含三部分：任务奖励（监督异常质量）、反思奖励（训练反思）。", "任务奖励 -PART_OF-> AnomalyAgent")]
    public void Should_Not_Make_Parts_Of_A_Noun_That_Is_Not_The_Work_Itself(string body, string wrong)
    {
        Assert.DoesNotContain(wrong, PipelineRun.Edges(PipelineRun.Extract("T", body)));
    }

    [Fact]
    public void Should_Type_A_Part_As_A_Method()
    {
        var context = PipelineRun.RunUntil<ComponentNameFinder>("T", "SAM由三个组件组成：图像编码器、提示编码器和轻量级的掩码解码器。");

        Assert.All(context.Mentions.Where(m => m.Finder == ComponentNameFinder.Name), m => Assert.Equal(EntityType.Method, m.TypeHint));
    }
}
