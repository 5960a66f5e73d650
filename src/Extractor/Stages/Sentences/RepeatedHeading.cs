namespace Digest.Extractor.Stages.Sentences;

/// <summary>
/// A section heading that the next sentence opens with again: blog digests print a section's
/// heading inline before its text, and the text mostly starts with the heading's subject
/// (<c>… AdaLoRA AdaLoRA在LoRA的基础上…</c>, <c>… 自洽性 自洽性（Self-Consistency）是…</c>). Left in,
/// the two copies read as one name (<c>AdaLoRA AdaLoRA</c>) or glue the heading to the sentence.
/// </summary>
public static class RepeatedHeading
{
    /// <summary>The longest heading considered, in characters.</summary>
    private const int MaxLength = 40;

    /// <summary>Characters no heading holds: sentence ends, commas, brackets and quotes.</summary>
    private const string NotInHeading = "。！？；!?;，,、：:()（）《》“”\"「」[]【】";

    /// <summary>
    /// The length of the heading at <paramref name="at"/> that the text after the white space
    /// following it repeats, or null. A heading ending in a Latin character must be repeated as a
    /// whole word, followed by Chinese text or a bracket (<c>LoRA LoRA（</c>), so that an author
    /// named <c>Yang Yang,</c> or <c>David Y. Y. Tan</c> or a title such as <c>Real Real-Time</c> is
    /// no heading; a lower-case word repeated (<c>that that</c>) is English prose.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="at">Where the candidate heading starts (after white space).</param>
    public static int? LengthAt(string text, int at)
    {
        var limit = Math.Min(text.Length, at + MaxLength + 1);
        for (var end = at + 1; end < limit; end++)
        {
            var c = text[end];
            if (NotInHeading.Contains(c))
            {
                return null;
            }

            if (!char.IsWhiteSpace(c) || char.IsWhiteSpace(text[end - 1]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (Repeats(text, at, end - at, next))
            {
                return end - at;
            }
        }

        return null;
    }

    private static bool Repeats(string text, int at, int length, int again)
    {
        if (again + length > text.Length || string.CompareOrdinal(text, at, text, again, length) != 0)
        {
            return false;
        }

        var heading = text.AsSpan(at, length);
        if (!char.IsAscii(heading[^1]))
        {
            return true;
        }

        var after = again + length;
        return !IsLowerCaseWords(heading) && after < text.Length && !char.IsAscii(text[after]) && !char.IsWhiteSpace(text[after]);
    }

    private static bool IsLowerCaseWords(ReadOnlySpan<char> heading)
    {
        foreach (var c in heading)
        {
            if (!char.IsAsciiLetterLower(c) && c != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
