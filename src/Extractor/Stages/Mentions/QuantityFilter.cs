using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Drops the mentions that are measurements (<see cref="QuantityShape"/>: <c>120ms</c>, <c>24GB</c>, <c>0.8 mAP</c>),
/// whichever finder took them (a bracket after a name, a Latin name, a term before a head noun), and the alias links
/// that would make a score in brackets another name of the method before it (<c>AMOS (0.780 vs 0.756)</c>). A bracket
/// and the words before it that are a measurement and its gloss are no name and its alias: what the bracket finder took
/// of such a pair goes too (<c>小参数模型（2B-10B）</c>, <c>120ms（…筛选）</c>); other finders' mentions of those words stay.
/// A reading or a reference is a measurement too: a stoplisted word with a quantity (<c>AUC 0.746</c>, <c>PSNR 20.54</c>,
/// <c>NeurIPS 2024</c>, <c>Table 3</c>, <c>mAP0.5</c>) or any name ending in a score (<c>CLIP 33.76</c>), as a bracket
/// after a term often holds (<c>转化（AUC 0.746）</c>).
/// It runs before <see cref="RepeatedNameFinder"/>, so what it drops is not taken again where the text repeats it.
/// </summary>
/// <param name="quantities">What a measurement looks like.</param>
/// <param name="stoplist">Generic words, metrics and venues.</param>
public sealed class QuantityFilter(QuantityShape quantities, Stoplist stoplist) : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var glosses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in context.AliasLinks)
        {
            if (IsMeasurement(link.First))
            {
                glosses.Add(link.Second);
            }

            if (IsMeasurement(link.Second))
            {
                glosses.Add(link.First);
            }
        }

        context.Mentions.RemoveAll(mention => IsMeasurement(mention.Surface)
            || (mention.Finder == BracketAliasFinder.Name && glosses.Contains(mention.Surface)));
        context.AliasLinks.RemoveAll(link => IsMeasurement(link.First) || IsMeasurement(link.Second));
    }

    private bool IsMeasurement(string surface) =>
        QuantityShape.HasDigit(surface) && (quantities.IsQuantity(surface) || IsReading(surface.AsSpan().Trim()));

    /// <summary>
    /// A reading: a stoplisted word and a quantity, either way round (<c>AUC 0.746</c>, <c>PSNR 27.15 dB</c>,
    /// <c>F1 0.17-0.40</c>, <c>0.255 mIoU</c>), the word joined to a decimal number (<c>AUC0.08</c>: without the point,
    /// a generic word and a digit can be a name), or any words ending in a score, a number with three decimals or two
    /// digits before its point or a zero and two decimals (<c>CLIP 33.76</c>, <c>ROC-AUC 0.863</c>, <c>QWK 0.60</c>), which no version looks like.
    /// </summary>
    private bool IsReading(ReadOnlySpan<char> surface)
    {
        var lastSpace = surface.LastIndexOf(' ');
        if (lastSpace > 0 && IsScore(surface[(lastSpace + 1)..]))
        {
            return true;
        }

        var firstSpace = surface.IndexOf(' ');
        if (firstSpace > 0
            && ((stoplist.Contains(surface[..firstSpace]) && quantities.IsQuantity(surface[(firstSpace + 1)..]))
                || (stoplist.Contains(surface[(lastSpace + 1)..]) && quantities.IsQuantity(surface[..lastSpace]))))
        {
            return true;
        }

        var digits = surface.IndexOfAnyInRange('0', '9');
        return digits > 0 && firstSpace < 0 && surface[digits..].Contains('.') && quantities.IsQuantity(surface[digits..]) && stoplist.Contains(surface[..digits]);
    }

    /// <summary>A number with three or more decimals, two or more digits before its point, or a zero and two decimals (no version reads 0.60), perhaps a percentage.</summary>
    private static bool IsScore(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('%');
        var point = word.IndexOf('.');
        if (point <= 0 || word.Length == point + 1 || word[(point + 1)..].ContainsAnyExceptInRange('0', '9') || word[..point].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var decimals = word.Length - point - 1;
        return point >= 2 || decimals >= 3 || (word[..point] is "0" && decimals == 2);
    }
}
