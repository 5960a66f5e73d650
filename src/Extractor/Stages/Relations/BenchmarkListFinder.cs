using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// The benchmarks an article lists are where its method was evaluated, however the list is described: after a cue of
/// <c>benchmark-lists.txt</c> (<c>在六个基准上评估了Anomaly Transformer，包括</c>, <c>评测基准包括</c>), every dataset or task named up to
/// the sentence's end (<c>服务器监控数据集SMD、来自NASA的航天器数据集MSL和SMAP</c>) is one the article's main method was
/// EVALUATED_ON, or, when the article names none, the method or model the sentence opens with or the cue names
/// (<see cref="CuedLists"/>).
/// </summary>
/// <param name="cues">What introduces a list of benchmarks.</param>
public sealed class BenchmarkListFinder(ListCues cues) : IExtractionStage
{
    /// <summary>As sure as the templates that read a list of benchmarks right after their cue.</summary>
    private const double Confidence = 0.65;

    /// <inheritdoc />
    public void Run(ArticleContext context) =>
        CuedLists.Link(context, cues, RelationType.EvaluatedOn, type => type is EntityType.Dataset or EntityType.Task, Confidence);
}
