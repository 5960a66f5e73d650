using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>
/// Tells a name that varies a known dataset's name: the dataset's name, a hyphen and a short suffix (<c>CIFAR-10-C</c>,
/// <c>ImageNet-R</c>, <c>MMLU-Pro</c>), or a space and a year or a version (<c>COCO 2014</c>, <c>SQuAD 2.0</c>,
/// <c>SQuAD v1.1</c>). Such a name is a split, a corruption or a harder version of the dataset, and so a dataset itself,
/// whatever its suffix would say of another name (<c>-Pro</c>, <c>-V2</c> and <c> 2.0</c> end model names).
/// </summary>
/// <param name="lexicon">The lexicon whose datasets are known.</param>
public sealed class DatasetVariants(Lexicon lexicon)
{
    /// <summary>The longest suffix after the hyphen (<c>Woof</c>, <c>STEM</c>, <c>1500</c>).</summary>
    private const int MaxSuffix = 5;

    /// <summary>Whether a name is a known dataset's name with a short suffix.</summary>
    /// <param name="name">The canonical name.</param>
    public bool Holds(string name)
    {
        var hyphen = name.LastIndexOf('-');
        if (hyphen > 0 && name.Length - hyphen - 1 is > 0 and <= MaxSuffix && IsSuffix(name.AsSpan(hyphen + 1)))
        {
            return IsKnownDataset(name[..hyphen]);
        }

        var space = name.LastIndexOf(' ');
        return space > 0 && (IsYear(name.AsSpan(space + 1)) || IsVersion(name.AsSpan(space + 1))) && IsKnownDataset(name[..space]);
    }

    /// <summary>Whether a name is a known dataset's, spelt as the lexicon spells it: <c>CoCo-SAM3</c> is no COCO split.</summary>
    private bool IsKnownDataset(string front) =>
        lexicon.TryFind(front, out var entry) && entry.Type == EntityType.Dataset && entry.AllNames.Contains(front, StringComparer.Ordinal);

    private static bool IsSuffix(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text is a version number: digits with at most one dot, perhaps after v (<c>2.0</c>, <c>v1.1</c>).</summary>
    private static bool IsVersion(ReadOnlySpan<char> text)
    {
        var digits = text.TrimStart("vV");
        return digits.Length is > 0 and <= MaxSuffix && char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[^1])
            && digits.Count('.') <= 1 && !digits.ContainsAnyExcept("0123456789.");
    }

    private static bool IsYear(ReadOnlySpan<char> text) => text.Length == 4 && (text.StartsWith("19") || text.StartsWith("20")) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);
}
