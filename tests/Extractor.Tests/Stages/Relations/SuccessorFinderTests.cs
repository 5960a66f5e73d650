namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class SuccessorFinderTests
{
    private const string Narrative = "研究人员提出了位置内插(Position Interpolation)来解决这个问题,通过调整相对位置矩阵。然而,这种方法虽然避免了外推,但仍需微调。";

    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Fact]
    public void Should_Read_A_Narratives_Next_Step_As_Building_On_The_Step_Before_From_The_Sample()
    {
        var edges = Edges(Narrative + " 后来,NTK-aware Scaled RoPE 进一步改进,通过“高频外推、低频内插”平摊外推压力。");

        Assert.Contains("NTK-aware Scaled RoPE -BUILDS_ON-> Position Interpolation", edges);
        Assert.DoesNotContain("Position Interpolation -BUILDS_ON-> NTK-aware Scaled RoPE", edges);
    }

    [Theory]
    [InlineData(" 后来,NTK-aware Scaled RoPE 进一步改进了外推性能。")]
    [InlineData(" NTK-aware Scaled RoPE 进一步改进,通过平摊外推压力。")]
    [InlineData(" 后来,我们还发现 NTK-aware Scaled RoPE 进一步改进,效果有所提升。")]
    public void Should_Not_Read_A_Successor_Without_The_Opener_Or_When_The_Verb_Has_Its_Own_Object(string next)
    {
        Assert.DoesNotContain("NTK-aware Scaled RoPE -BUILDS_ON-> Position Interpolation", Edges(Narrative + next));
    }

    [Fact]
    public void Should_Not_Look_Further_Back_Than_A_Few_Sentences()
    {
        var edges = Edges(Narrative + "第三句。第四句。第五句。 后来,NTK-aware Scaled RoPE 进一步改进,效果有所提升。");

        Assert.DoesNotContain("NTK-aware Scaled RoPE -BUILDS_ON-> Position Interpolation", edges);
    }
}
