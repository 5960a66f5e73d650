using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Sentences;

/// <summary>
/// A section heading that names what the sentence after it opens with, among other words (<c>。 原始GAN GAN由…</c>,
/// <c>。 Adam与AdamW Adam出自…</c>, <c>。 MQA与GQA MQA最早由…</c>): a short run of Chinese and Latin without white space
/// that opens a sentence, when the next sentence opens with the heading's first or last Latin word, before Chinese. Left
/// in, the heading's last word and the sentence's first read as one name (<c>GAN GAN</c>, <c>AdamW Adam</c>). A heading has
/// few Chinese characters (a long run is the sentence itself: <c>在包含24类目标的光学ATR和SAR ATR联合基准上</c>), and a plain
/// capitalised word before the white space may start a name of two words (<c>DAT和Conditional DAT分别是…</c>), unless it is the
/// word the sentence opens with (<c>一、Adapter Adapter最早出自…</c>). A section number may open the heading
/// (<c>二、Prefix-Tuning Prefix-Tuning由…</c>).
/// </summary>
public static class NamingHeading
{
    /// <summary>The longest heading considered, in characters.</summary>
    private const int MaxLength = 24;

    /// <summary>The most Chinese characters a heading holds (<c>原始</c>, <c>与</c>, <c>的改进</c>).</summary>
    private const int MaxChinese = 4;

    /// <summary>The numerals of a section number (<c>二、Prefix-Tuning Prefix-Tuning由…</c>).</summary>
    private const string ChineseNumerals = "一二三四五六七八九十";

    /// <summary>The shortest Latin word that may name the sentence's subject.</summary>
    private const int MinWordLength = 2;

    /// <summary>The length of the heading at <paramref name="at"/>, where a sentence starts after white space, or null.</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">The first character after the white space.</param>
    public static int? LengthAt(string text, int at)
    {
        var number = NumberLength(text, at);
        var length = LengthAfterNumber(text, at + number, number > 0);
        return length is { } named ? number + named : null;
    }

    /// <summary>The length of a section number before a heading (<c>二、</c>, <c>3.</c>), or 0.</summary>
    private static int NumberLength(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 3 && (char.IsAsciiDigit(text[end]) || ChineseNumerals.Contains(text[end])))
        {
            end++;
        }

        return end > at && end < text.Length && text[end] is '、' or '.' ? end + 1 - at : 0;
    }

    /// <summary>The length of a heading after its section number, if any: a numbered heading may be all Latin (<c>二、Prefix-Tuning</c>).</summary>
    private static int? LengthAfterNumber(string text, int at, bool numbered)
    {
        var end = at;
        var chinese = 0;
        while (end < text.Length && end - at <= MaxLength && (CharSets.IsChinese(text[end]) || IsNameChar(text[end])))
        {
            chinese += CharSets.IsChinese(text[end]) ? 1 : 0;
            end++;
        }

        if ((chinese == 0 && !numbered) || chinese > MaxChinese || end >= text.Length || end - at > MaxLength || !char.IsWhiteSpace(text[end]))
        {
            return null;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        var wordEnd = next;
        while (wordEnd < text.Length && IsNameChar(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(next, wordEnd - next);
        var heading = text.AsSpan(at, end - at);
        if (!heading.SequenceEqual(word) && EndsWithPlainWord(heading))
        {
            return null;
        }

        return word.Length >= MinWordLength && word.ContainsAnyInRange('A', 'Z') && OpensChinese(text, wordEnd)
            && OpensOrEnds(heading, word)
            ? end - at
            : null;
    }

    /// <summary>
    /// Whether Chinese follows the sentence's first word, glued to it or after a space (<c>WordPiece 最早是</c>), or a bracket that
    /// gives its long form does (<c>BPE（Byte Pair Encoding）本来是</c>).
    /// </summary>
    private static bool OpensChinese(string text, int at)
    {
        if (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && (CharSets.IsChinese(text[at]) || text[at] is '（' or '(');
    }

    /// <summary>Whether the heading is the word, or opens or ends with it whole (<c>AdamW</c> does not open with <c>Adam</c>).</summary>
    private static bool OpensOrEnds(ReadOnlySpan<char> heading, ReadOnlySpan<char> word) =>
        heading.SequenceEqual(word)
        || (heading.Length > word.Length
        && ((heading.StartsWith(word, StringComparison.Ordinal) && !IsNameChar(heading[word.Length]))
            || (heading.EndsWith(word, StringComparison.Ordinal) && !IsNameChar(heading[^(word.Length + 1)]))));

    /// <summary>Whether the text ends with a capitalised word of lower-case letters (<c>Conditional</c>, <c>Graph</c>).</summary>
    private static bool EndsWithPlainWord(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && char.IsAsciiLetterLower(text[start - 1]))
        {
            start--;
        }

        return start < text.Length && start > 0 && char.IsAsciiLetterUpper(text[start - 1]) && (start == 1 || !IsNameChar(text[start - 2]));
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '+';
}
