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
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var found = new int[context.Mentions.Count];
        for (var m = 0; m < found.Length; m++)
        {
            var mention = context.Mentions[m];
            found[m] = mention.Start;
            if (mention.Surface.Length >= MinLength)
            {
                distinct.Add(mention.Surface);
            }
        }

        distinct.RemoveWhere(stoplist.Contains);
        if (distinct.Count == 0)
        {
            return;
        }

        // Where mentions start, sorted for binary search (cheaper to build than a hash set).
        Array.Sort(found);
        var names = new SortedNameSet(distinct);
        var body = context.Body;
        var i = 0;
        while (i < body.Length)
        {
            var length = names.LongestMatch(body, i);
            if (length > 0 && !LexiconMentionFinder.CutsWord(body, i, length))
            {
                if (Array.BinarySearch(found, i) < 0 && context.SentenceAt(i) is { } sentence)
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
