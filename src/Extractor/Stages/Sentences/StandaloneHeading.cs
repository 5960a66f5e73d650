using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Sentences;

/// <summary>
/// A section heading no list holds (<c>… 。 模型回顾 首先，…</c>, <c>。 应用 MedSAM在…</c>): a short run of Chinese that opens a
/// sentence and stands between white space, with Chinese, or a Latin name glued to Chinese, after it. Chinese text puts
/// white space only around Latin words (<c>在 Transformer 模型中</c>), so such a run is a heading, not the sentence's
/// first word (<c>采用 LoRA 微调</c> keeps its verb: the Latin word stands apart).
/// </summary>
public static class StandaloneHeading
{
    private const int MinLength = 2;

    private const int MaxLength = 8;

    /// <summary>The length of the heading at <paramref name="at"/>, where a sentence starts after white space, or null.</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">The first character after the white space.</param>
    public static int? LengthAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at <= MaxLength && CharSets.IsChinese(text[end]))
        {
            end++;
        }

        var length = end - at;
        if (length is < MinLength or > MaxLength || end >= text.Length || !char.IsWhiteSpace(text[end]))
        {
            return null;
        }

        var next = end + 1;
        if (next >= text.Length)
        {
            return null;
        }

        if (CharSets.IsChinese(text[next]))
        {
            return length;
        }

        var latin = next;
        while (latin < text.Length && (char.IsAsciiLetterOrDigit(text[latin]) || text[latin] is '-' or '.'))
        {
            latin++;
        }

        return latin > next && latin < text.Length && CharSets.IsChinese(text[latin]) ? length : null;
    }
}
