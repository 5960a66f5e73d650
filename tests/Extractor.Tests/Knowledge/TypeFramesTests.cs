using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class TypeFramesTests
{
    private static readonly TypeFrames Frames = TypeFrames.Parse("frames.tsv", new StringReader("# a comment\n在\t上取得\tDataset\t-\\d+B$\n"));

    private static EntityType? Around(string name, string text)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return Frames.Around(name, text, start, start + name.Length);
    }

    [Fact]
    public void Should_Type_A_Name_Whose_Text_Before_And_After_Match()
    {
        Assert.Equal(EntityType.Dataset, Around("LIBERO", "该策略在LIBERO上取得最佳成功率"));
    }

    [Theory]
    [InlineData("LIBERO", "该策略在LIBERO上训练")]
    [InlineData("LIBERO", "该策略于LIBERO上取得最佳成功率")]
    [InlineData("Qwen-7B", "方法在Qwen-7B上取得提升")]
    [InlineData("LIBERO", "LIBERO上取得最佳成功率")]
    public void Should_Not_Type_A_Name_Outside_Its_Frame_Or_Matching_Unless(string name, string text)
    {
        Assert.Null(Around(name, text));
    }

    [Theory]
    [InlineData("在\t上取得\n", 1)]
    [InlineData("# c\n在\t上取得\tPlanet\n", 2)]
    [InlineData("在\t(上\tDataset\n", 1)]
    public void Should_Name_The_File_And_Line_Of_A_Malformed_Frame(string text, int line)
    {
        var error = Assert.Throws<DigestInputException>(() => TypeFrames.Parse("frames.tsv", new StringReader(text)));

        Assert.StartsWith($"frames.tsv:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GENEB", "GENEB是一个大规模诊断基准，通过统一的探针协议评估40个模型。", EntityType.Dataset)]
    [InlineData("InEdit-Bench", "InEdit-Bench作为首个专注于图像编辑中间路径推理的评估基准，揭示了差距。", EntityType.Dataset)]
    [InlineData("ToolX", "ToolX是一个利用公开数据集的方法，提升了检索效果。", null)]
    [InlineData("Tiny Aya", "Tiny Aya是一个3.35B参数的小型多语言模型，在70种语言上训练。", EntityType.Model)]
    [InlineData("ManimAgent", "ManimAgent是一种自进化多模态智能体，通过双通道情节记忆库学习。", EntityType.Model)]
    [InlineData("Wiki-CoE", "在Wiki-CoE（基于2WikiMultiHopQA构建的大规模结构化网页数据集）和SlideVQA两个基准上评估。", EntityType.Dataset)]
    [InlineData("CogWM", "提出CogWM（认知世界模型），统一感知与规划。", EntityType.Model)]
    [InlineData("Hard", "分为Medium（3智能体）和Hard（4智能体）两级。", null)]
    [InlineData("VRPCoder", "开发VRPCoder（8B端到端模型），将自然语言翻译为脚本。", EntityType.Model)]
    [InlineData("Qwen-Lite", "使用Qwen-Lite（2B模型）作为基座。", EntityType.Model)]
    [InlineData("SMII", "核心组件包括SMII（堆叠多视角身份马赛克注入、数据集构建）。", null)]
    [InlineData("FooBench", "在FooBench上，BarNet的准确率达到90%。", EntityType.Dataset)]
    [InlineData("HumanEvalX", "在HumanEvalX上,phi-1达到50.6%的pass@1。", EntityType.Dataset)]
    [InlineData("Qwen2.5-7B", "在Qwen2.5-7B上，本方法的准确率达到90%。", null)]
    [InlineData("FooBench", "在FooBench上，BarNet被用于检索。", null)]
    [InlineData("Weather", "我们在Weather、Traffic和ILI上进行了大量实验。", EntityType.Dataset)]
    [InlineData("ILI", "我们在Weather、Traffic和ILI上进行了大量实验。", EntityType.Dataset)]
    [InlineData("ETTm2", "实验在ETTh1和ETTm2上进行。", EntityType.Dataset)]
    [InlineData("Freebase", "在Freebase、WikiData和DBpedia上的实验表明，COREKG优于GLIMPSE。", EntityType.Dataset)]
    [InlineData("Foo-VL", "在Foo-VL和Bar-Video上的实验表明，该方法有效。", null)]
    [InlineData("Wan2.1", "在Wan2.1上进行实验。", null)]
    [InlineData("GLM", "在Qwen3、Ministral和GLM系列模型上进行实验。", null)]
    public void Should_Type_A_Name_Defined_As_A_Benchmark_Or_A_Model_With_The_Shipped_Frames(string name, string text, EntityType? expected)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        Assert.Equal(expected, Stages.PipelineRun.Knowledge.Frames.Around(name, text, start, start + name.Length));
    }
}
