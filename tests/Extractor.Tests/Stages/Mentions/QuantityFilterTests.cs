using Digest.Extractor.Stages.Mentions;
using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class QuantityFilterTests
{
    [Fact]
    public void Should_Drop_Measurements_Whichever_Finder_Took_Them_And_The_Glosses_Bracketed_With_Them()
    {
        // Shapes of corpus sentences: a score in brackets after a dataset, a size after a model phrase, a latency.
        var context = PipelineRun.RunUntil<QuantityFilter>(
            "T",
            "在AMOS数据集上的Dice更高（0.780 vs 0.756）。该研究评估了小参数模型（2B-10B）。MedSAM的延迟为120ms。AMOS 是一个基准。");

        var surfaces = context.Mentions.Select(m => m.Surface).ToList();
        Assert.DoesNotContain(surfaces, s => s.Contains("vs", StringComparison.Ordinal) || s is "2B-10B" or "120ms" or "小参数模型");
        Assert.Contains("AMOS", surfaces);
        Assert.Contains("MedSAM", surfaces);
        Assert.DoesNotContain(context.AliasLinks, link => link.Second is "2B-10B" || link.First is "2B-10B");
    }

    [Fact]
    public void Should_Keep_A_Bracketed_Alias_That_Is_A_Name()
    {
        var context = PipelineRun.RunUntil<QuantityFilter>("T", "本文提出状态空间模型（S4），并与 Llama 3 比较。");

        Assert.Contains(context.AliasLinks, link => link.Second == "S4");
        Assert.Contains(context.Mentions, m => m.Surface == "S4");
    }

    [Fact]
    public void Should_Drop_A_Gloss_Of_A_Measurement_Before_Its_Repeats_Are_Looked_For()
    {
        // Corpus shape: 轻量级 was paired with 8B by the bracket finder, and its later use taken as a repeated name.
        var context = PipelineRun.RunUntil<MentionResolver>("T", "SciOrch是一个轻量级(8B)框架。方法 提出SciOrch框架：使用8B轻量级模型作为编排器。");

        Assert.DoesNotContain(context.Entities, e => e.Name.Contains("轻量级", StringComparison.Ordinal));
        Assert.Contains(context.Entities, e => e.Name == "SciOrch");
    }

    [Fact]
    public void Should_Drop_A_Reading_Of_A_Stoplisted_Metric_Or_Venue_And_The_Term_Glossed_By_It()
    {
        // Corpus shapes: a score in brackets after what it measures, a venue and year, a metric joined to its threshold.
        var context = PipelineRun.RunUntil<QuantityFilter>(
            "T",
            "该方法可预测疾病转化（AUC 0.746），论文发表于NeurIPS 2024，检测精度mAP0.5提升，PM2.5浓度预测与GPT4o对比。"
            + "重建达到PSNR 27.15 dB，F1 0.17-0.40，分割为0.255 mIoU，图文对齐（CLIP 33.76）优于Python 3.12版本，一致性（QWK 0.60）。");

        var surfaces = context.Mentions.Select(m => m.Surface).ToList();
        Assert.DoesNotContain(surfaces, s => s.Any(char.IsAsciiDigit) && s is not ("PM2.5" or "GPT4o" or "Python 3.12"));
        Assert.DoesNotContain(surfaces, s => s.EndsWith("转化", StringComparison.Ordinal));
        Assert.Contains("PM2.5", surfaces);
        Assert.Contains("GPT4o", surfaces);
        Assert.Contains("Python 3.12", surfaces);
        Assert.Empty(context.AliasLinks);
    }
}
