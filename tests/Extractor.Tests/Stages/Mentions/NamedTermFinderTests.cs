using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class NamedTermFinderTests
{
    private static List<(string Surface, EntityType? Type)> Named(string body) =>
        PipelineRun.RunUntil<NamedTermFinder>("T", body).Mentions
            .Where(m => m.Finder == NamedTermFinder.Name)
            .Select(m => (m.Surface, m.TypeHint))
            .ToList();

    [Fact]
    public void Should_Type_Every_Member_Of_A_List_Closed_By_A_Task_Head()
    {
        var found = Named("这些模型在视觉问答、图像字幕生成等任务中表现优异");

        Assert.Equal([("视觉问答", EntityType.Task), ("图像字幕生成", EntityType.Task)], found);
    }

    [Fact]
    public void Should_Read_A_Name_Given_With_Mingwei()
    {
        var found = Named("作者提出了一种名为NTKEval的方法,通过训练不同类型的数学数据来评估");

        Assert.Equal([("NTKEval", EntityType.Method)], found);
    }

    [Fact]
    public void Should_Not_Take_Short_Generic_Words_From_A_Plain_Coordination()
    {
        Assert.Empty(Named("尤其是在重构和去噪任务中,避免生成模糊的结果"));
    }

    [Theory]
    [InlineData("在数学推理、代码生成和常识推理等任务上，方法显著提升", "数学推理|代码生成|常识推理")]
    [InlineData("我们区分基础模型与微调、参数高效适应和提示工程等方法并比较", "参数高效适应|提示工程")]
    [InlineData("模型关联显著超过真实世界分布，这些模式在预训练、指令微调和奖励建模等任务中被强化", "指令微调|奖励建模")]
    [InlineData("包括直接请求、激励逃避、监控告知以及对抗性提示优化等方法", "直接请求|激励逃避|监控告知|对抗性提示优化")]
    public void Should_Split_A_Headed_List_At_Its_Joining_Words_And_Leave_Function_Words_Out_Of_Its_Items(string body, string items)
    {
        // Corpus shapes: before, 在数学推理, 与微调, 这些模式在预训练, 代码生成和常识推理 and 监控告知以 were items.
        Assert.Equal(items.Split('|'), Named(body).Select(m => m.Surface));
    }

    [Theory]
    [InlineData("该模型在形状补全、图像翻译和合成等任务上均有提升", "形状补全|图像翻译")]
    [InlineData("在分割、检测和关键点回归等多种任务中验证", "关键点回归")]
    public void Should_Keep_A_List_With_Two_Character_Members_And_Leave_Those_Out(string body, string items)
    {
        // Before, a two-character member (合成, 检测) broke the whole list.
        Assert.Equal(items.Split('|'), Named(body).Select(m => m.Surface));
    }

    [Theory]
    [InlineData("该基准涵盖情感分析、实体识别和问答等任务", "情感分析|实体识别")]
    [InlineData("我们通过表示距离分析、探针分析等方法研究记忆化", "表示距离分析|探针分析")]
    [InlineData("框架支持跨模态检索、多说话人合成等多种任务", "跨模态检索|多说话人合成")]
    public void Should_Start_A_List_After_The_Clause_Opener_Before_It(string body, string items)
    {
        // Before, the opener was part of the first item: 涵盖情感分析, 通过表示距离分析, 支持跨模态检索.
        Assert.Equal(items.Split('|'), Named(body).Select(m => m.Surface));
    }

    [Theory]
    [InlineData("该方法在算术推理、常识推理和符号推理三类任务上都带来了显著提升", "算术推理|常识推理|符号推理")]
    [InlineData("符号推理方面，使用了末字母拼接和硬币翻转两个任务", "末字母拼接|硬币翻转")]
    [InlineData("它把语言识别、语音活动检测和语音翻译等多种任务统一为序列", "语言识别|语音活动检测|语音翻译")]
    public void Should_Close_A_List_With_A_Count_As_With_等_And_Start_It_After_把_Or_了(string body, string items)
    {
        Assert.Equal(items.Split('|'), Named(body).Select(m => m.Surface));
    }
}
