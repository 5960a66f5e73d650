namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class ScoredBaselineFinderTests
{
    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    private static IReadOnlyList<string> SummaryEdges(string summary) => PipelineRun.Edges(PipelineRun.Extract("FooVL: Seeing Long Videos", "作者 Ann Bo 摘要 本文提出FooVL模型。" + summary));

    [Theory]
    [InlineData("在MBPP上,phi-1达到55.5%,比StarCoder的52.7%高2.8个点,也高于WizardCoder(16B)的51.8%。", "StarCoder -EVALUATED_ON-> MBPP")]
    [InlineData("在MBPP上,phi-1达到55.5%,比StarCoder的52.7%高2.8个点,也高于WizardCoder(16B)的51.8%。", "WizardCoder -EVALUATED_ON-> MBPP")]
    [InlineData("在文档理解基准DocVQA上,Qwen2-VL-72B达到96.5%,高于GPT-4o的92.8%和Claude 3.5 Sonnet的95.2%。", "Claude 3.5 Sonnet -EVALUATED_ON-> DocVQA")]
    [InlineData("在K12-Bench上，FooNet仅达57%精确匹配，最强的商用模型GPT-4o为46%。", "GPT-4o -EVALUATED_ON-> K12-Bench")]
    public void Should_Read_A_Work_The_Sentence_Scores_On_Its_Benchmark_As_Evaluated_There(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Read_A_Baseline_Scored_Where_A_Summary_Tests_Its_Own_Model()
    {
        Assert.Contains("Qwen2.5-VL-72B -EVALUATED_ON-> LVBench", SummaryEdges("7B 模型在 LVBench 上以 50.5% 超越 72B 的 Qwen2.5-VL-72B（47.3%）。"));
    }

    [Theory]
    [InlineData("模型在OMTG Bench上EtF1达43.65%，分别超越Gemini 2.5 Pro和Seed-1.8达15.85%和15.61%。", "Seed-1.8")]
    [InlineData("在Ishigaki-IDS-Bench上，8B模型的准确率为0.651，Audit-Gated FacetF1为0.282。", "Audit-Gated FacetF1")]
    [InlineData("FooNet在ImageNet上达到80%。BarNet的81%来自另一篇论文。", "BarNet")]
    public void Should_Not_Read_A_Margin_An_Unknown_Metric_Or_A_Score_Without_A_Setting_As_Evaluated(string body, string name)
    {
        Assert.DoesNotContain(Edges(body), e => e.StartsWith(name + " -EVALUATED_ON->", StringComparison.Ordinal));
    }
}
