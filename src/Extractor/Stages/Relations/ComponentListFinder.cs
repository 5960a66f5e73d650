using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A method that lists its parts: in <c>SURE包含三个核心模块：1) GEAR：…；2) PURE：…；3) PACE：…</c> each item that opens
/// with a name that ends its phrase (a break, a bracket, a dash or a head word follows: <c>CEA模块，</c>, not <c>Token蒸馏器</c>,
/// where the name only modifies the part) makes it PART_OF the whole. The cue (<c>component-lists.txt</c>) ends where the list starts; the items are
/// numbered (<c>1)</c>, <c>（2）</c>, <c>3.</c>, <c>①</c>) or, without numbers, separated by <c>；</c> or <c>、</c>, up to the
/// paragraph's next <c>。</c>. An item that opens with a description (<c>1) 基于原型的令牌缩减</c>) names no part. The whole
/// is the method or model that opens the cue's clause (<c>SURE包含…</c>); a clause with no name continues the sentence's
/// subject: the name it opens with, else the article's main method. The relation templates cannot read this: the items
/// are sentences of their own (<c>；</c> ends a sentence), and a list item is no coordinated name list.
/// </summary>
/// <param name="cues">What introduces a list of parts.</param>
/// <param name="references">Words that make a sentence one about existing work, whose parts are not the article's.</param>
/// <param name="signatures">Which types PART_OF links.</param>
/// <param name="heads">Head words (模块, 算法) that may follow a part's name.</param>
public sealed partial class ComponentListFinder(ComponentCues cues, ReferenceWords references, RelationSignatures signatures, TypeHeads heads) : IExtractionStage
{
    /// <summary>As sure as a template that names both ends in one sentence.</summary>
    private const double Confidence = 0.7;

    /// <summary>How far after the cue a list's items may start: a list runs over a few clauses, not a whole summary.</summary>
    private const int MaxListLength = 600;

    /// <summary>The Chinese ordinals of a list's items, in order (一是…，二是…).</summary>
    private const string ChineseOrdinals = "一二三四五六七八九";

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        Dictionary<int, (LocalEntity Entity, int End)>? namedAt = null;
        var listStarts = new HashSet<int>();
        foreach (var cue in cues.Cues)
        {
            foreach (Match match in cue.Matches(body))
            {
                var listStart = match.Index + match.Length;
                if (!listStarts.Add(listStart) || context.SentenceAt(match.Index) is not { } cueSentence || references.OpensPriorWork(cueSentence.Text))
                {
                    continue;
                }

                namedAt ??= NamedAt(context);
                if (Whole(context, namedAt, cueSentence, match.Index) is not { } whole || !signatures.AllowsTarget(RelationType.PartOf, whole.Type))
                {
                    continue;
                }

                foreach (var itemStart in ItemStarts(body, listStart))
                {
                    if (namedAt.TryGetValue(itemStart, out var named) && named.Entity is var part && part.Key != whole.Key
                        && signatures.AllowsSource(RelationType.PartOf, part.Type) && EndsPhrase(body, named.End))
                    {
                        var itemSentence = context.SentenceAt(itemStart) ?? cueSentence;
                        var evidence = new Evidence(context.Article.Id, body[cueSentence.Start..itemSentence.End], match.Value);
                        context.Relations.Add(new LocalRelation(part.Key, RelationType.PartOf, whole.Key, evidence, Confidence));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Where the items of a list that starts at <paramref name="listStart"/> start, white space skipped: after each list
    /// number in sequence when the list opens with number 1 (none when it opens with another), else after each
    /// <c>；</c> or <c>、</c> when there is one. The list ends at the next <c>。</c> or line break.
    /// </summary>
    /// <param name="text">The body.</param>
    /// <param name="listStart">Where the list starts, right after its cue.</param>
    internal static List<int> ItemStarts(string text, int listStart)
    {
        var end = text.AsSpan(listStart, Math.Min(MaxListLength, text.Length - listStart)).IndexOfAny('。', '\n');
        end = end < 0 ? Math.Min(text.Length, listStart + MaxListLength) : listStart + end;
        var starts = new List<int>();
        var first = SkipWhiteSpace(text, listStart, end);
        var number = ListNumber().Match(text, first, end - first);
        if (number.Success && number.Index == first)
        {
            // A list that opens with another number than 1 is no list this cue starts.
            if (NumberOf(number) != 1)
            {
                return starts;
            }

            var expected = 1;
            for (; number.Success; number = number.NextMatch())
            {
                if (NumberOf(number) == expected)
                {
                    starts.Add(SkipWhiteSpace(text, number.Index + number.Length, end));
                    expected++;
                }
            }

            return starts;
        }

        if (text.AsSpan(first, end - first).IndexOfAny("；;、") < 0)
        {
            return starts;
        }

        starts.Add(first);
        for (var at = first; at < end; at++)
        {
            if (text[at] is '；' or ';' or '、')
            {
                starts.Add(SkipWhiteSpace(text, at + 1, end));
            }
        }

        return starts;
    }

    /// <summary>The whole a cue at <paramref name="cueStart"/> lists the parts of, or null when the sentence does not say.</summary>
    private static LocalEntity? Whole(ArticleContext context, Dictionary<int, (LocalEntity Entity, int End)> namedAt, Sentence sentence, int cueStart)
    {
        var clauseStart = sentence.Start + sentence.Text.AsSpan(0, cueStart - sentence.Start).LastIndexOfAny(RelationTemplateTable.ClauseBreaks) + 1;
        var clauseContent = clauseStart + ListNumbers.ContentStart(context.Body.AsSpan(clauseStart, cueStart - clauseStart));
        if (namedAt.TryGetValue(clauseContent, out var named))
        {
            return IsMethodOrModel(named.Entity) ? named.Entity : null;
        }

        // A name elsewhere in the clause (基于LLM的系统包含…) heads no list of the article's: the whole is unnamed.
        if (namedAt.Keys.Any(at => at >= clauseContent && at < cueStart))
        {
            return null;
        }

        var sentenceContent = sentence.Start + ListNumbers.ContentStart(sentence.Text);
        if (sentenceContent < clauseStart && namedAt.TryGetValue(sentenceContent, out var topic))
        {
            return IsMethodOrModel(topic.Entity) ? topic.Entity : null;
        }

        return context.Entities.Find(e => e.Key == context.MainEntityKey) is { } main && IsMethodOrModel(main) ? main : null;
    }

    private static bool IsMethodOrModel(LocalEntity entity) => entity.Type is EntityType.Method or EntityType.Model;

    /// <summary>Whether a name ending at <paramref name="end"/> ends its phrase: no Chinese character follows, or a head word does.</summary>
    private bool EndsPhrase(string body, int end) => end >= body.Length || !CharSets.IsChinese(body[end]) || heads.After(body, end) is not null;

    /// <summary>The entity named at each mention's start, with where the mention ends.</summary>
    private static Dictionary<int, (LocalEntity Entity, int End)> NamedAt(ArticleContext context)
    {
        var namedAt = new Dictionary<int, (LocalEntity, int)>();
        foreach (var entity in context.Entities)
        {
            foreach (var mention in entity.Mentions.AsImmutableArray())
            {
                namedAt.TryAdd(mention.Start, (entity, mention.End));
            }
        }

        return namedAt;
    }

    private static int SkipWhiteSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The number a list number match stands for.</summary>
    private static int NumberOf(Match number) =>
        number.Groups["digits"].Success ? int.Parse(number.Groups["digits"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
        : number.Groups["ordinal"].Success ? ChineseOrdinals.IndexOf(number.Groups["ordinal"].ValueSpan[0], StringComparison.Ordinal) + 1
        : number.Value[0] - '①' + 1;

    /// <summary>
    /// A list number at an item's start: <c>1)</c>, <c>（2）</c>, <c>3.</c>, <c>4、</c> (not a decimal, <c>3.5</c>), a circled digit, or
    /// a Chinese ordinal before 是 (<c>一是分块(patching),二是通道独立</c>).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?:[（(](?<digits>\d{1,2})[)）]|(?<digits>\d{1,2})(?:[)）]|[.、](?!\d))|[①-⑨]|(?<ordinal>[一二三四五六七八九])是)")]
    private static partial Regex ListNumber();
}
