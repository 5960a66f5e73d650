using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class CompositionPartNameFinderTests
{
    private static IEnumerable<string> Names(string body) =>
        PipelineRun.RunUntil<CompositionPartNameFinder>("T", body).Mentions.Where(m => m.Finder == CompositionPartNameFinder.Name).Select(m => m.Surface);

    [Theory]
    [InlineData("BYOL由online网络和target网络两部分组成，target网络的参数是online网络参数的指数滑动平均。", "online网络|target网络")]
    [InlineData("ControlNet由可训练副本和零卷积两部分组成。", "可训练副本|零卷积")]
    [InlineData("每个Adapter由一个降维投影、一个非线性激活和一个升维投影组成,外加一条残差连接。", "降维投影|非线性激活|升维投影")]
    [InlineData("原始GAN由生成器和判别器组成。", "生成器|判别器")]
    [InlineData("GCI由引文精度、相关性和时效性三个子指标组成。", "引文精度|相关性|时效性")]
    public void Should_Name_The_Parts_A_Work_Is_Said_To_Be_Made_Of(string body, string parts)
    {
        Assert.Equal(parts.Split('|'), Names(body));
    }

    [Theory]
    [InlineData("具体来说,LDM由两个阶段组成:第一阶段训练一个自编码器。")]
    [InlineData("该方法由三部分构成：用 VAE 把画面压缩成隐向量。")]
    [InlineData("Voyager由三个关键组件构成:一是自动课程。")]
    [InlineData("LoRA由微软提出，它构成了后续工作的基础。")]
    [InlineData("训练数据由人工标注和模型生成组成。")]
    [InlineData("P3Sim由三个交互组件构成：(1) 学习型物理世界模型。")]
    [InlineData("该模型由数十亿参数组成。")]
    public void Should_Not_Name_A_Count_Of_Units_A_Clause_Or_Parts_Of_An_Unnamed_Whole(string body)
    {
        Assert.Empty(Names(body));
    }

    [Fact]
    public void Should_Leave_An_Item_That_Names_A_Work_To_That_Name()
    {
        Assert.Empty(Names("随后Enze Xie等人提出SegFormer，它由层次化的Mix Transformer（MiT）编码器和一个只包含MLP层的轻量解码器组成。"));
    }

    [Fact]
    public void Should_Make_The_Parts_Methods_That_Are_Part_Of_The_Whole()
    {
        var context = PipelineRun.RunUntil<CompositionPartNameFinder>("T", "ControlNet由可训练副本和零卷积两部分组成。");
        var edges = PipelineRun.Edges(PipelineRun.Extract("T", "ControlNet由可训练副本和零卷积两部分组成。"));

        Assert.All(context.Mentions.Where(m => m.Finder == CompositionPartNameFinder.Name), m => Assert.Equal(EntityType.Method, m.TypeHint));
        Assert.Contains("可训练副本 -PART_OF-> ControlNet", edges);
        Assert.Contains("零卷积 -PART_OF-> ControlNet", edges);
    }
}
