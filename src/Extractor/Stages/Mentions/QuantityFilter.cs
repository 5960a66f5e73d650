using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Drops the mentions that are measurements (<see cref="QuantityShape"/>: <c>120ms</c>, <c>24GB</c>, <c>0.8 mAP</c>),
/// whichever finder took them (a bracket after a name, a Latin name, a term before a head noun), and the alias links
/// that would make a score in brackets another name of the method before it (<c>AMOS (0.780 vs 0.756)</c>). A bracket
/// and the words before it that are a measurement and its gloss are no name and its alias: what the bracket finder took
/// of such a pair goes too (<c>小参数模型（2B-10B）</c>, <c>120ms（…筛选）</c>); other finders' mentions of those words stay.
/// It runs before <see cref="RepeatedNameFinder"/>, so what it drops is not taken again where the text repeats it.
/// </summary>
/// <param name="quantities">What a measurement looks like.</param>
public sealed class QuantityFilter(QuantityShape quantities) : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var glosses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in context.AliasLinks)
        {
            if (quantities.IsQuantity(link.First))
            {
                glosses.Add(link.Second);
            }

            if (quantities.IsQuantity(link.Second))
            {
                glosses.Add(link.First);
            }
        }

        context.Mentions.RemoveAll(mention => quantities.IsQuantity(mention.Surface)
            || (mention.Finder == BracketAliasFinder.Name && glosses.Contains(mention.Surface)));
        context.AliasLinks.RemoveAll(link => quantities.IsQuantity(link.First) || quantities.IsQuantity(link.Second));
    }
}
