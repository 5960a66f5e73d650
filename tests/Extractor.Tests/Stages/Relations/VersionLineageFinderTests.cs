using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class VersionLineageFinderTests
{
    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Theory]
    [InlineData("FastSpeech 2", "FastSpeech", true)]
    [InlineData("DCN-V2", "DCN", true)]
    [InlineData("YOLOv3", "YOLO", true)]
    [InlineData("MoCo v2", "MoCo", true)]
    [InlineData("Llama 2", "LLaMA", true)]
    [InlineData("Transformer++", "Transformer", true)]
    [InlineData("Clay v1.5", "Clay", true)]
    [InlineData("HiFi-GAN V1", "HiFi-GAN", false)]
    [InlineData("ResNet-50", "ResNet", false)]
    [InlineData("VGG16", "VGG", false)]
    [InlineData("LLaMA-7B", "LLaMA", false)]
    [InlineData("IPhO 2024", "IPhO", false)]
    [InlineData("UTMOS 3.03", "UTMOS", false)]
    [InlineData("Qwen2.5", "Qwen2", false)]
    [InlineData("T5", "T", false)]
    public void Should_Tell_A_Later_Version_From_A_Size_A_Year_Or_A_Score(string name, string basis, bool expected)
    {
        Assert.Equal(expected, VersionLineageFinder.IsVersionOf(name, basis));
    }

    [Fact]
    public void Should_Read_A_Second_Version_As_Building_On_The_Work_From_A_Blog_Narrative()
    {
        var edges = Edges("Tacotron是一个带注意力机制的seq2seq模型。2018年推出的Tacotron 2把预测目标改为梅尔频谱。");

        Assert.Contains("Tacotron 2 -BUILDS_ON-> Tacotron", edges);
        Assert.DoesNotContain("Tacotron -BUILDS_ON-> Tacotron 2", edges);
    }

    [Fact]
    public void Should_Not_Read_A_Version_As_Building_On_The_Family_The_Article_Names_Several_Versions_Of()
    {
        var edges = Edges("YOLO系列发展迅速。YOLOv2引入了锚框，YOLOv3采用了多尺度预测。");

        Assert.DoesNotContain(edges, e => e.EndsWith("-BUILDS_ON-> YOLO", StringComparison.Ordinal));
    }
}
