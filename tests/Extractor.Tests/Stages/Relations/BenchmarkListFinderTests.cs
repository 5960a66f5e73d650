namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class BenchmarkListFinderTests
{
    private const string AnomalyTransformer = "作者在六个基准上评估了Anomaly Transformer，包括服务器监控数据集SMD、来自NASA的航天器数据集MSL和SMAP、水处理测试平台数据集SWaT和eBay的服务器指标数据集PSM。";

    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Theory]
    [InlineData("Anomaly Transformer -EVALUATED_ON-> SMD")]
    [InlineData("Anomaly Transformer -EVALUATED_ON-> MSL")]
    [InlineData("Anomaly Transformer -EVALUATED_ON-> SWaT")]
    [InlineData("Anomaly Transformer -EVALUATED_ON-> PSM")]
    public void Should_Evaluate_The_Method_The_Cue_Names_On_Every_Benchmark_Past_Their_Descriptions(string expected)
    {
        Assert.Contains(expected, Edges(AnomalyTransformer));
    }

    [Fact]
    public void Should_Not_Take_Who_Owns_A_Benchmark_For_One()
    {
        var edges = Edges(AnomalyTransformer);

        Assert.DoesNotContain("Anomaly Transformer -EVALUATED_ON-> NASA", edges);
        Assert.DoesNotContain("Anomaly Transformer -EVALUATED_ON-> eBay", edges);
    }

    [Fact]
    public void Should_Evaluate_The_Articles_Method_On_The_Benchmarks_Of_Its_Evaluation()
    {
        var edges = Edges("本文提出FooNet。评测基准包括面向代码生成的HumanEval、多语言的MultiPL-E和DS-1000。");

        Assert.Contains("FooNet -EVALUATED_ON-> HumanEval", edges);
        Assert.Contains("FooNet -EVALUATED_ON-> DS-1000", edges);
    }
}
