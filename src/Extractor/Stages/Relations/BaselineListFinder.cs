using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// The baselines an article lists are compared with its method, however the list is grouped: after a cue of
/// <c>baseline-lists.txt</c> (<c>对比的基线包括</c>, <c>对比的基线分为三组:</c>), every method or model named up to the sentence's end
/// (<c>统计方法ARIMA和ETS,深度学习方法DeepAR、N-BEATS、PatchTST</c>) is COMPARED_WITH the article's main method, or, when the
/// article names none, the method or model the sentence opens with (<see cref="CuedLists"/>). The templates read only the
/// list right after the cue.
/// </summary>
/// <param name="cues">What introduces a list of baselines.</param>
public sealed class BaselineListFinder(ListCues cues) : IExtractionStage
{
    /// <summary>As sure as the template that reads the list right after the cue.</summary>
    private const double Confidence = 0.65;

    /// <inheritdoc />
    public void Run(ArticleContext context) =>
        CuedLists.Link(context, cues, RelationType.ComparedWith, type => type is EntityType.Method or EntityType.Model, Confidence);
}
