using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds every lexicon name in the body in one pass (a trie over the names), longest match first;
/// a Latin-script match must not sit inside a longer Latin word.
/// </summary>
public sealed class LexiconMentionFinder : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "lexicon";

    private readonly Lexicon _lexicon;
    private readonly NameTrie _trie;

    /// <summary>Builds the matcher over every name and alias of the lexicon.</summary>
    /// <param name="lexicon">The lexicon.</param>
    public LexiconMentionFinder(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _trie = new NameTrie(lexicon.Entries.SelectMany(e => e.AllNames));
    }

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        var i = 0;
        while (i < body.Length)
        {
            if (!_trie.CanStart(body[i]))
            {
                i++;
                continue;
            }

            var length = _trie.LongestMatch(body, i);
            if (length > 0 && !CutsWord(body, i, length) && context.SentenceAt(i) is { } sentence)
            {
                var surface = body.Substring(i, length);
                _lexicon.TryFind(surface, out var entry);
                context.Mentions.Add(new Mention(surface, i, sentence.Index, Name, entry?.Type));
                i += length;
            }
            else
            {
                i++;
            }
        }
    }

    internal static bool CutsWord(string body, int start, int length)
    {
        var end = start + length;
        var startsLatin = char.IsAsciiLetterOrDigit(body[start]);
        var endsLatin = char.IsAsciiLetterOrDigit(body[end - 1]);
        return (startsLatin && start > 0 && char.IsAsciiLetterOrDigit(body[start - 1]))
            || (endsLatin && end < body.Length && char.IsAsciiLetterOrDigit(body[end]));
    }
}
