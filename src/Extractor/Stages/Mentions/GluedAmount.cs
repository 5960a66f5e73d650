using Digest.Extractor.Knowledge;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Where a Latin name ends when an amount is glued to it: a gain (<c>CIDEr+2.5</c>, <c>HOTA+18</c>), a score after a
/// slash (<c>AP/57.5</c>; <c>ViT-B/16</c>'s whole number is a patch size and stays), or a last word that is a number
/// followed by a unit (<c>UI-TARS 0.1%</c>, <c>EAGLE-3 1.9倍</c>, <c>SkillsBench 27个任务</c>). Digests write such
/// readings right after the name they measure; a version (<c>Llama 3.1</c>, <c>GPT-4o</c>) has none of these shapes.
/// </summary>
internal static class GluedAmount
{
    /// <summary>How much of a name to keep: all of it, or the part before its glued amount.</summary>
    /// <param name="name">The name as found.</param>
    /// <param name="after">The text right after it.</param>
    /// <param name="quantities">The units.</param>
    public static int NameLength(ReadOnlySpan<char> name, ReadOnlySpan<char> after, QuantityShape quantities)
    {
        for (var at = 1; at < name.Length - 1; at++)
        {
            if ((name[at] == '+' && NumberEndsAt(name, at + 1, decimalOnly: false) is { } gainEnd && !char.IsAsciiLetter(CharAt(name, gainEnd)))
                || (name[at] == '/' && NumberEndsAt(name, at + 1, decimalOnly: true) is { } scoreEnd && !char.IsAsciiLetter(CharAt(name, scoreEnd))))
            {
                return at;
            }
        }

        var lastSpace = name.LastIndexOf(' ');
        return lastSpace > 0 && NumberEndsAt(name, lastSpace + 1, decimalOnly: false) == name.Length && quantities.OpensWithUnit(after)
            ? lastSpace
            : name.Length;
    }

    /// <summary>Where a number starting at <paramref name="start"/> ends (digits, perhaps a point and more digits), or null when none starts there.</summary>
    private static int? NumberEndsAt(ReadOnlySpan<char> text, int start, bool decimalOnly)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            return end;
        }

        return decimalOnly ? null : end;
    }

    private static char CharAt(ReadOnlySpan<char> text, int at) => at < text.Length ? text[at] : ' ';
}
