namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class AnaphoricBasisFinderTests
{
    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Theory]
    [InlineData("YOLOv1把检测看作回归问题。YOLOv2在此基础上引入了锚框。", "YOLOv2 -BUILDS_ON-> YOLOv1")]
    [InlineData("YOLOv1把检测看作回归问题。在此基础上，YOLOv2引入了锚框。", "YOLOv2 -BUILDS_ON-> YOLOv1")]
    [InlineData("YOLOv1把检测看作回归问题。一年后，YOLOv2对其做了多项改进。", "YOLOv2 -BUILDS_ON-> YOLOv1")]
    [InlineData("BLIP统一了理解与生成。后续的BLIP-2又在其基础上引入了Q-Former。", "BLIP-2 -BUILDS_ON-> BLIP")]
    [InlineData("IPVRM通过学习价值函数解决了信用分配问题，DistRL在此基础上实现了高效更新。", "DistRL -BUILDS_ON-> IPVRM")]
    public void Should_Make_The_Work_That_Builds_On_What_The_Anaphor_Stands_For_Build_On_The_Topic_Told_Before(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("FooNet分析了现有检索方法的不足。在此基础上提出RemoteNet，利用ReconScore迭代优化。")]
    [InlineData("作者先训练了一个检测器。YOLOv2在此基础上引入了锚框。")]
    public void Should_Not_Read_A_Work_A_Verb_Takes_Or_A_Sentence_Without_A_Topic_Work(string body)
    {
        Assert.DoesNotContain(Edges(body), e => e.Contains("-BUILDS_ON->", StringComparison.Ordinal));
    }
}
