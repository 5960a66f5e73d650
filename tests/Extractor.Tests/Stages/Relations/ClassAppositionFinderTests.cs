namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class ClassAppositionFinderTests
{
    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Theory]
    [InlineData("百川智能正式发布新一代开源大语言模型Baichuan 2。", "Baichuan 2 -IS_A-> LLM")]
    [InlineData("我们使用多模态大模型LLaVA作为基线。", "LLaVA -IS_A-> MLLM")]
    [InlineData("状态空间模型Hydra的选择机制让参数随输入变化。", "Hydra -IS_A-> SSM")]
    [InlineData("本文提出一种视频扩散模型 FrameWeaver，可以生成长视频。", "FrameWeaver -IS_A-> 扩散模型")]
    public void Should_Read_A_Class_Right_Before_A_Works_Name_As_What_The_Work_Is(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("我们用LLM数据增强扩充了少数类样本。", "LLM")]
    [InlineData("我们在位置编码MLP之后加入了残差。", "位置编码")]
    [InlineData("该框架缓解了知识图谱RAG中的上下文丢失问题。", "知识图谱")]
    [InlineData("现有方法缓解LLM幻觉。", "LLM")]
    [InlineData("我们比较了视觉语言模型LLaVA和BLIP-2的定位能力。", "VLM")]
    public void Should_Not_Read_A_Compound_Of_A_Class_And_A_Technique_Concept_Or_List_As_One(string body, string type)
    {
        Assert.DoesNotContain(Edges(body), e => e.EndsWith("-IS_A-> " + type, StringComparison.Ordinal));
    }
}
