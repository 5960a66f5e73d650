using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds Latin-script names by shape: a word with a capital letter (<c>HiPPO</c>, <c>S4</c>,
/// <c>DeepSeek-V2</c>, <c>Twitter</c>, <c>mBERT</c>), followed by more capitalised or numeric
/// words (<c>Skip Tuning</c>, <c>Llama 3.1</c>, <c>NTK-aware Scaled RoPE</c>), the first of them possibly possessive
/// when more follow (<c>Humanity's Last Exam</c>, <c>Scientists' First Exam</c>: one benchmark, not two names). Stoplisted words
/// (<c>The</c>, <c>baseline</c>) are dropped; so are sizes and amounts (<c>7B</c>), later, by <see cref="QuantityFilter"/>.
/// </summary>
public sealed partial class LatinNameFinder(Stoplist stoplist) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "latin-name";

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (var match in NamePattern().EnumerateMatches(context.Body))
        {
            var trimmed = context.Body.AsSpan(match.Index, match.Length).TrimEnd(".-");
            if (trimmed.Length < 2)
            {
                continue;
            }

            if (stoplist.Contains(trimmed) || !ContainsLetter(trimmed) || IsMeasurement(trimmed))
            {
                continue;
            }

            if (context.SentenceAt(match.Index) is { } sentence)
            {
                context.Mentions.Add(new Mention(trimmed.ToString(), match.Index, sentence.Index, Name));
            }
        }
    }

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A generic word followed by numbers (<c>PSNR 20.54</c>, <c>Table 3</c>): a measurement or reference, not a name.</summary>
    private bool IsMeasurement(ReadOnlySpan<char> surface)
    {
        var space = surface.IndexOf(' ');
        return space >= 0 && !ContainsLetter(surface[(space + 1)..]) && stoplist.Contains(surface[..space]);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9\u00C0-\u024F\-])(?:[A-Z][A-Za-z0-9\u00C0-\u024F]*(?:['’]s?(?= [A-Z]))?|[a-z]+[A-Z][A-Za-z0-9]*|[0-9]+[A-Z][A-Za-z0-9]*)(?:[\-\.+/][A-Za-z0-9]+)*(?: (?:[A-Z][A-Za-z0-9\u00C0-\u024F]*|[0-9][0-9\.]*[A-Za-z]*)(?:[\-\.+][A-Za-z0-9]+)*){0,5}(?![A-Za-z0-9\u00C0-\u024F])")]
    private static partial Regex NamePattern();
}
