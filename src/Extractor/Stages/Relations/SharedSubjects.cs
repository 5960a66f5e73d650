using System.Buffers;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// The names coordinated before a template's subject that share what the clause says of it: 都 (均, 皆) says so
/// (<c>InstructGPT和ChatGPT都采用了RLHF</c>, <c>Llama 2的70B模型和Mistral 7B都采用了GQA</c>, <c>GPT-4和Claude等模型都…</c>), and so does a
/// list that opens its clause (<c>InstructGPT和ChatGPT采用了RLHF</c>; not <c>比较了A和B在…</c>). A template reads only the name right
/// before its cue, since a list at a template's start would bound no search.
/// </summary>
internal static class SharedSubjects
{
    /// <summary>The longest modifier after a member before the conjunction (<c>的70B模型</c>).</summary>
    private const int MaxModifier = 8;

    /// <summary>The longest connective before a list that opens its clause (<c>而</c>, <c>此外</c>).</summary>
    private const int MaxConnective = 2;

    /// <summary>The longest head noun between 等 and 都 (<c>等开源模型都</c>).</summary>
    private const int MaxHeadNoun = 4;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,；;：:。");

    private static readonly string[] Conjunctions = ["以及", "和", "与", "及", "、"];

    /// <summary>
    /// The positions of the markers coordinated before the one at <paramref name="at"/>, nearest last, when 都 follows it or the
    /// list opens its clause; else empty.
    /// </summary>
    /// <param name="text">The marked sentence.</param>
    /// <param name="at">The position of the subject's marker.</param>
    public static IReadOnlyList<int> Before(string text, int at)
    {
        var members = Coordinated(text, at);
        return members.Count > 0 && (AllFollows(text, at + 1) || OpensClause(text, members[0])) ? members : [];
    }

    /// <summary>
    /// The positions of the markers coordinated before the one at <paramref name="at"/>, nearest last, whatever follows: what
    /// a list is (<c>优于GPT-4o和LLaMA-3-70B等大语言模型</c>) holds of each member wherever the list stands.
    /// </summary>
    /// <param name="text">The marked sentence.</param>
    /// <param name="at">The position of the last member's marker.</param>
    public static List<int> Coordinated(string text, int at)
    {
        var members = new List<int>();
        var end = at;
        while (Conjunction(text, end) is { } joined && MemberBefore(text, joined) is { } member)
        {
            members.Insert(0, member);
            end = member;
        }

        return members;
    }

    /// <summary>Whether at most a short connective stands between the clause's start and <paramref name="at"/>.</summary>
    private static bool OpensClause(string text, int at)
    {
        var start = text.AsSpan(0, at).LastIndexOfAny(ClauseBreaks) + 1;
        return text.AsSpan(start, at - start).Trim().Length <= MaxConnective;
    }

    /// <summary>Whether 都 (均, 皆) follows, right away or after 等 and a short head noun (<c>GPT-4和Claude等模型都采用了RLHF</c>).</summary>
    private static bool AllFollows(string text, int at)
    {
        if (at < text.Length && text[at] == '等')
        {
            var limit = Math.Min(text.Length, at + 1 + MaxHeadNoun);
            for (at++; at < limit && text[at] is not ('都' or '均' or '皆'); at++)
            {
                if (!CharSets.IsChinese(text[at]))
                {
                    return false;
                }
            }
        }

        return at < text.Length && text[at] is '都' or '均' or '皆';
    }

    /// <summary>Where a conjunction that ends right before <paramref name="end"/> (spaces apart) starts, or null.</summary>
    private static int? Conjunction(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        foreach (var word in Conjunctions)
        {
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return end - word.Length;
            }
        }

        return null;
    }

    /// <summary>The marker of the member that ends at <paramref name="end"/>, perhaps with a short modifier after it (<c>的70B模型</c>), or null.</summary>
    private static int? MemberBefore(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        for (var at = end - 1; at >= 0 && end - at - 1 <= MaxModifier; at--)
        {
            var c = text[at];
            if (RelationTemplate.IsMarker(c))
            {
                return at == end - 1 || text[at + 1] == '的' ? at : null;
            }

            if (c is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '和' or '与' or '及' or '、')
            {
                return null;
            }
        }

        return null;
    }
}
