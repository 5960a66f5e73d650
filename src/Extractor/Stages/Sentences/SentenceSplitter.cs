using System.Buffers;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Sentences;

/// <summary>
/// Splits the body into sentences on 。！？；!?; and newlines, and on <c>.</c> before white
/// space, but never inside brackets, 《》 or quotes, nor in numbers such as <c>3.5</c>. An inline
/// section heading standing between spaces (<c>… 摘要 …</c>, <c>… 研究动机 …</c>), or one that
/// the next sentence repeats (<see cref="RepeatedHeading"/>), or a short one that opens a sentence
/// (<see cref="StandaloneHeading"/>) or names what the next one opens with (<see cref="NamingHeading"/>), also ends a
/// sentence and is left out of both.
/// </summary>
/// <param name="headings">The section headings (data).</param>
public sealed class SentenceSplitter(IReadOnlyList<string> headings) : IExtractionStage
{
    private const string Openers = "(（《“「[【";
    private const string Closers = ")）》”」]】";

    /// <summary>The characters the splitter acts on; it skips runs of any other in one search.</summary>
    private static readonly SearchValues<char> Significant = SearchValues.Create([.. Openers, .. Closers, .. "。！？；!?;.", .. CharSets.WhiteSpace()]);

    /// <summary>First characters of the headings, so that most white space needs no comparison with each heading.</summary>
    private readonly SearchValues<char> _headingStarts = SearchValues.Create([.. headings.Where(h => h.Length > 0).Select(h => h[0]).Distinct()]);

    private readonly bool _emptyHeading = headings.Any(h => h.Length == 0);

    /// <summary>A splitter that knows no section headings.</summary>
    public SentenceSplitter()
        : this([])
    {
    }

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (var (start, length) in Split(context.Body))
        {
            context.Sentences.Add(new Sentence(context.Sentences.Count, start, context.Body.Substring(start, length)));
        }
    }

    /// <summary>The (start, length) of each trimmed, non-empty sentence of the text.</summary>
    /// <param name="text">The text.</param>
    public IEnumerable<(int Start, int Length)> Split(string text)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Significant);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (Openers.Contains(c))
            {
                depth++;
            }
            else if (Closers.Contains(c))
            {
                depth = Math.Max(0, depth - 1);
            }

            if (char.IsWhiteSpace(c) && (HeadingAt(text, i + 1) ?? RepeatedHeading.LengthAt(text, i + 1) ?? (OpensSentence(text, start, i) ? StandaloneHeading.LengthAt(text, i + 1) ?? NamingHeading.LengthAt(text, i + 1) : null)) is { } heading)
            {
                if (Trim(text, start, i) is { } before)
                {
                    yield return before;
                }

                i += heading;
                start = i + 1;
                depth = 0;
                continue;
            }

            var ends = c == '\n' || (depth == 0 && IsTerminator(text, i));
            if (ends)
            {
                if (c == '\n')
                {
                    depth = 0;
                }

                if (Trim(text, start, i + 1) is { } sentence)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }

        if (Trim(text, start, text.Length) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Whether only white space stands between the sentence's start and <paramref name="at"/>.</summary>
    private static bool OpensSentence(string text, int start, int at) => text.AsSpan(start, at - start).IsWhiteSpace();

    /// <summary>The length of the heading that stands alone at <paramref name="at"/> (white space after it), or null.</summary>
    private int? HeadingAt(string text, int at)
    {
        if (!_emptyHeading && (at >= text.Length || !_headingStarts.Contains(text[at])))
        {
            return null;
        }

        foreach (var heading in headings)
        {
            var end = at + heading.Length;
            if (end < text.Length && char.IsWhiteSpace(text[end]) && string.CompareOrdinal(text, at, heading, 0, heading.Length) == 0)
            {
                return heading.Length;
            }
        }

        return null;
    }

    private static bool IsTerminator(string text, int i) => text[i] switch
    {
        '。' or '！' or '？' or '；' => true,
        '!' or '?' or ';' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || !char.IsAsciiLetterOrDigit(text[i + 1]),
        '.' => i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i > 0 && !char.IsAsciiDigit(text[i - 1]) && !IsAbbreviation(text, i),
        _ => false,
    };

    /// <summary>"et al." and "e.g." do not end sentences, nor does a name's initial before the rest of the name (<c>A. Ali Heydari</c>, <c>J.R. Smith</c>).</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsAsciiLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word is "al" or "e.g" or "i.e" or "etc" or "vs" or "Fig" or "Eq" or "cf" || (IsInitials(word) && NameFollows(text, dot + 1));
    }

    /// <summary>Capitals, each but the last followed by a dot (<c>A</c>, <c>J.R</c>).</summary>
    private static bool IsInitials(string word)
    {
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsAsciiLetterUpper(word[i]) || (i + 1 < word.Length && word[i + 1] != '.'))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>Whether a capitalised word, another initial or a name such as O'Connor follows the white space at <paramref name="at"/>.</summary>
    private static bool NameFollows(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at + 1 < text.Length && char.IsAsciiLetterUpper(text[at]) && (char.IsAsciiLetterLower(text[at + 1]) || text[at + 1] is '.' or '\'');
    }

    private static (int, int)? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? (start, end - start) : null;
    }
}
