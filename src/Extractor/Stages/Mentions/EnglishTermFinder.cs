using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds technical terms written in lower-case English inside Chinese prose (<c>Generative Agents的核心是memory stream</c>,
/// <c>额外引入了commitment loss</c>, <c>再拼一个class token</c>): a run of two to four lower-case words that is the whole Latin
/// text there (no Latin word right before or after it, so <c>Scaled dot-product attention</c> is no such term) and ends in a
/// head noun of such terms (<c>english-term-heads.tsv</c>), which also types it. Other lower-case runs (<c>let alone</c>,
/// <c>state of the art</c>) name nothing, nor does a run with a function word or one the stoplist holds; a run another finder
/// took (a bracketed alias, a lexicon name) keeps that mention.
/// </summary>
/// <param name="heads">The head nouns and the types they give.</param>
/// <param name="stoplist">Generic words, which name no term.</param>
public sealed partial class EnglishTermFinder(TypeHeads heads, Stoplist stoplist) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "english-term";

    /// <summary>Words that make a run a phrase of English prose rather than a term.</summary>
    private static readonly HashSet<string> FunctionWords =
    [
        "a", "an", "the", "this", "that", "these", "those", "our", "its", "their", "and", "or", "of", "to", "in", "on", "for",
        "with", "by", "via", "as", "at", "from", "is", "are", "be", "not", "no", "we", "it",
    ];

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        foreach (var run in LowerCaseRun().EnumerateMatches(body))
        {
            var (start, end) = (run.Index, run.Index + run.Length);
            var term = body[start..end];
            var words = term.Split(' ');
            if (Array.Exists(words, FunctionWords.Contains) || heads.Exactly(words[^1]) is not { } type || stoplist.Contains(term)
                || context.Mentions.Exists(m => m.Start < end && start < m.End) || context.SentenceAt(start) is not { } sentence)
            {
                continue;
            }

            context.Mentions.Add(new Mention(term, start, sentence.Index, Name, type));
        }
    }

    /// <summary>Two to four lower-case words (letters, digits, inner hyphens), with no Latin word right before or after them.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-]\s?)[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?: [a-z][a-z0-9]*(?:-[a-z0-9]+)*){1,3}(?!\s?[A-Za-z0-9_\-])")]
    private static partial Regex LowerCaseRun();
}
