using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Once the article has named something (自主具身验证 in <c>我们引入了自主具身验证技术</c>, a
/// bracketed gloss, a 名为 name), its later bare uses are mentions too
/// (<c>并采用了两级自主具身验证机制</c>): finds every other occurrence of the surfaces the earlier
/// finders found, in one pass over the body. A Latin-script match must not sit inside a longer word.
/// </summary>
/// <param name="stoplist">Generic words, never repeated.</param>
public sealed class RepeatedNameFinder(Stoplist stoplist) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "repeated-name";

    private const int MinLength = 2;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var surfaces = context.Mentions
            .Select(m => m.Surface)
            .Where(s => s.Length >= MinLength && !stoplist.Contains(s))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (surfaces.Count == 0)
        {
            return;
        }

        var found = context.Mentions.Select(m => m.Start).ToHashSet();
        var trie = new NameTrie(surfaces);
        var body = context.Body;
        var i = 0;
        while (i < body.Length)
        {
            var length = trie.LongestMatch(body, i);
            if (length > 0 && !LexiconMentionFinder.CutsWord(body, i, length))
            {
                if (!found.Contains(i) && context.SentenceAt(i) is { } sentence)
                {
                    context.Mentions.Add(new Mention(body.Substring(i, length), i, sentence.Index, Name));
                }

                i += length;
            }
            else
            {
                i++;
            }
        }
    }
}
