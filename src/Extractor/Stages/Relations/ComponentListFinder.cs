using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A method that lists its parts: in <c>SURE包含三个核心模块：1) GEAR：…；2) PURE：…；3) PACE：…</c> each item that opens
/// with a name that ends its phrase (a break, a bracket, a dash or a head word follows: <c>CEA模块，</c>, not <c>Token蒸馏器</c>,
/// where the name only modifies the part) makes it PART_OF the whole (or used by it: <see cref="PartRelation"/>). The cue (<c>component-lists.txt</c>) ends where the list starts; the items are
/// numbered (<c>1)</c>, <c>（2）</c>, <c>3.</c>, <c>①</c>) or, without numbers, separated by <c>；</c> or <c>、</c>, up to the
/// paragraph's next <c>。</c>. An item that opens with a description (<c>1) 基于原型的令牌缩减</c>) names no part. The whole
/// is the method or model that opens the cue's clause (<c>SURE包含…</c>); a clause with no name continues the sentence's
/// subject: the name it opens with, else the article's main method. The relation templates cannot read this: the items
/// are sentences of their own (<c>；</c> ends a sentence), and a list item is no coordinated name list.
/// </summary>
/// <param name="cues">What introduces a list of parts.</param>
/// <param name="references">Words that make a sentence one about existing work, whose parts are not the article's.</param>
/// <param name="signatures">Which types PART_OF and USES link.</param>
/// <param name="heads">Head words (模块, 算法) that may follow a part's name.</param>
public sealed partial class ComponentListFinder(ListCues cues, ReferenceWords references, RelationSignatures signatures, TypeHeads heads) : IExtractionStage
{
    /// <summary>As sure as a template that names both ends in one sentence.</summary>
    private const double Confidence = 0.7;

    /// <summary>How far after the cue a list's items may start: a list runs over a few clauses, not a whole summary.</summary>
    private const int MaxListLength = 600;

    /// <summary>What adds the last item to a list without numbers (<c>A、B和C</c>).</summary>
    private static readonly string[] Conjunctions = ["以及", "和", "及"];

    /// <summary>The Chinese ordinals of a list's items, in order (一是…，二是…).</summary>
    private const string ChineseOrdinals = "一二三四五六七八九";

    /// <summary>The Chinese numerals a cue may count its items with.</summary>
    private static readonly SearchValues<char> CountDigits = SearchValues.Create("两二三四五六七八九");

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        Dictionary<int, (LocalEntity Entity, int End)>? namedAt = null;
        var listStarts = new HashSet<int>();
        foreach (var match in cues.MatchesIn(body))
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

            foreach (var itemStart in ItemHeads(body, listStart, out _, CountIn(match.Value)))
            {
                if (namedAt.TryGetValue(itemStart, out var named) && named.Entity is var part && part.Key != whole.Key
                    && PartRelation.Between(signatures, part, whole) is (var type, var source, var target) && (EndsPhrase(body, named.End) || EndsItem(body, named.End)))
                {
                    var itemSentence = context.SentenceAt(itemStart) ?? cueSentence;
                    var evidence = new Evidence(context.Article.Id, body[cueSentence.Start..itemSentence.End], match.Value);
                    context.Relations.Add(new LocalRelation(source.Key, type, target.Key, evidence, Confidence));
                }
            }
        }
    }

    /// <summary>
    /// Where the items of a list that starts at <paramref name="listStart"/> start, white space skipped: after each list
    /// number in sequence when the list opens with number 1 (none when it opens with another), else after each
    /// <c>；</c> or <c>、</c> when there is one, else, in a list the cue counts, after its first commas (or the conjunction of
    /// the first clause, for two items). The list ends at the next <c>。</c> or line break.
    /// </summary>
    /// <param name="text">The body.</param>
    /// <param name="listStart">Where the list starts, right after its cue.</param>
    /// <param name="count">How many items the cue says the list has (<c>两个</c>), or 0 when it does not.</param>
    internal static List<int> ItemStarts(string text, int listStart, int count = 0)
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
            // A counted list may part its items with commas alone (包含两个核心模块：几何共识学习（GCL）通过…对齐，语义共识学习（SCL）
            // 通过…对齐，两者通过…注入): its first clauses, as many as the count says, are the items.
            if (count >= 2)
            {
                starts.Add(first);
                for (var at = first; at < end && starts.Count < count; at++)
                {
                    if (text[at] is '，' or ',')
                    {
                        starts.Add(SkipWhiteSpace(text, at + 1, end));
                    }
                }

                if (starts.Count < count)
                {
                    starts.Clear();

                    // Two items may be parted by a conjunction alone (有两个关键技巧：跨层参数共享（…）和句子顺序预测（…）).
                    if (count == 2 && ConjunctionInFirstClause(text, first, end) is var second and > 0)
                    {
                        starts.Add(first);
                        starts.Add(SkipWhiteSpace(text, second, end));
                    }
                }
            }

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

    /// <summary>Where the words after the first conjunction outside brackets of the clause at <paramref name="from"/> start, or -1.</summary>
    private static int ConjunctionInFirstClause(string text, int from, int end)
    {
        var depth = 0;
        for (var at = from; at < end; at++)
        {
            if (CharSets.StepsBrackets(text[at], ref depth))
            {
                continue;
            }

            if (depth == 0 && text[at] is '，' or ',')
            {
                return -1;
            }

            if (depth == 0 && at > from)
            {
                foreach (var conjunction in Conjunctions)
                {
                    if (text.AsSpan(at).StartsWith(conjunction, StringComparison.Ordinal))
                    {
                        return at + conjunction.Length;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the words of each item of a list that starts at <paramref name="listStart"/> start (<see cref="ItemStarts"/>) past a
    /// count (<c>一个</c>, <c>两种</c>) and a short modifier ending in 的 (<c>轻量级的</c>), but for one that opens with a verb or a
    /// preposition (<c>基于原型的</c>), which describes the part; and, in a list without numbers, the item a conjunction adds to its
    /// last (<c>图像编码器、提示编码器和轻量级的掩码解码器</c>).
    /// </summary>
    /// <param name="text">The body.</param>
    /// <param name="listStart">Where the list starts, right after its cue.</param>
    /// <param name="numbered">Whether the list numbers its items.</param>
    /// <param name="count">How many items the cue says the list has, or 0 (<see cref="ItemStarts"/>).</param>
    internal static List<int> ItemHeads(string text, int listStart, out bool numbered, int count = 0)
    {
        var starts = ItemStarts(text, listStart, count);
        var heads = new List<int>(starts.Count + 1);
        foreach (var start in starts)
        {
            heads.Add(HeadOf(text, start));
        }

        var first = SkipWhiteSpace(text, listStart, text.Length);
        numbered = ListNumber().Match(text, first) is { Success: true } number && number.Index == first;
        if (starts.Count > 1 && !numbered)
        {
            var last = starts[^1];
            var end = text.AsSpan(last).IndexOfAny("，,。；;：:（(\n");
            var item = end < 0 ? text.AsSpan(last) : text.AsSpan(last, end);
            foreach (var conjunction in Conjunctions)
            {
                var at = item.IndexOf(conjunction, StringComparison.Ordinal);
                if (at > 0)
                {
                    heads.Add(HeadOf(text, last + at + conjunction.Length));
                    break;
                }
            }
        }

        return heads;
    }

    /// <summary>Whether an item's name may end at <paramref name="end"/>: a list or clause break, a bracket, a conjunction or the text's end follows.</summary>
    /// <param name="text">The body.</param>
    /// <param name="end">Where the name would end.</param>
    internal static bool EndsItem(string text, int end) =>
        end >= text.Length || "、，,。；;：:（(\n".Contains(text[end]) || Conjunctions.Any(c => text.AsSpan(end).StartsWith(c, StringComparison.Ordinal));

    /// <summary>Where an item's words start past a count and a short modifier (<see cref="ItemHeads"/>).</summary>
    internal static int HeadOf(string text, int start)
    {
        var at = start;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (Count().Match(text, at) is { Success: true } count && count.Index == at)
        {
            at += count.Length;
        }

        var modifier = Modifier().Match(text, at);
        return modifier.Success && modifier.Index == at ? at + modifier.Length : at;
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

        // A name elsewhere in the clause (基于LLM的系统包含…) heads no list of the article's: the whole is unnamed. So does a
        // noun other than one for the work itself (训练数据由三部分组成, 蒸馏损失由三部分构成; but 模型包括两个网络, 该框架包含…).
        if (namedAt.Keys.Any(at => at >= clauseContent && at < cueStart)
            || WholeWords().Match(context.Body, clauseContent, cueStart - clauseContent) is not { Success: true })
        {
            return null;
        }

        var sentenceContent = sentence.Start + ListNumbers.ContentStart(sentence.Text);
        if (sentenceContent < clauseStart && namedAt.TryGetValue(sentenceContent, out var topic))
        {
            return IsMethodOrModel(topic.Entity) ? topic.Entity : null;
        }

        // A sentence that opens with 它 or 其 (它的核心是两个参数压缩技巧：…; 它集成了…，并新增三项设计：…) goes on about the work the
        // sentence before opened with.
        if (sentence.Index > 0 && context.Body[sentenceContent] is '它' or '其')
        {
            var previous = context.Sentences[sentence.Index - 1];
            if (namedAt.TryGetValue(previous.Start + ListNumbers.ContentStart(previous.Text), out var antecedent) && IsMethodOrModel(antecedent.Entity))
            {
                return antecedent.Entity;
            }
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

    /// <summary>The count a cue says its list has (<c>包含两个核心模块：</c> → 2), or 0 when it names none.</summary>
    private static int CountIn(string cue)
    {
        var at = cue.AsSpan().IndexOfAny(CountDigits);
        return at < 0 ? 0 : cue[at] == '两' ? 2 : ChineseOrdinals.IndexOf(cue[at], StringComparison.Ordinal) + 1;
    }

    /// <summary>The number a list number match stands for.</summary>
    private static int NumberOf(Match number) =>
        number.Groups["digits"].Success ? int.Parse(number.Groups["digits"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
        : number.Groups["ordinal"].Success ? ChineseOrdinals.IndexOf(number.Groups["ordinal"].ValueSpan[0], StringComparison.Ordinal) + 1
        : number.Value[0] - '①' + 1;

    /// <summary>
    /// A list number at an item's start: <c>1)</c>, <c>（2）</c>, <c>3.</c>, <c>4、</c> (not a decimal, <c>3.5</c>), a circled digit, or
    /// a Chinese ordinal before 是 (<c>一是分块(patching),二是通道独立</c>; <c>其一是分块计算（tiling）…其二是…</c>).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?:[（(](?<digits>\d{1,2})[)）]|(?<digits>\d{1,2})(?:[)）]|[.、](?!\d))|[①-⑨]|其?(?<ordinal>[一二三四五六七八九])是)")]
    private static partial Regex ListNumber();

    /// <summary>
    /// What may stand before a cue when no name does: nothing, or words for the work itself (<c>模型</c>, <c>该框架</c>, <c>其</c>,
    /// <c>提出统一框架</c>, <c>采用模块化架构</c>, <c>核心</c>), perhaps in the possessive before a cue that opens with 核心是 (<c>它的</c>), perhaps after a connective (<c>并新增三项设计：</c>); not another noun
    /// (<c>奖励机制</c>, <c>蒸馏损失</c>, <c>解码器</c>).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:并且|并|同时|此外|另外|还)?(?:(?:(?:提出了?|采用)?(?:一个|一种)?(?:该|本文的?|我们的|整个)?[\u4e00-\u9fffA-Za-z0-9\- ]{0,10}?(?:模型|框架|方法|系统|网络|架构|算法|流水线|管线))|其|它|具体来说|具体而言)?\s*(?:的?(?:核心|主要|整体))?的?\s*$")]
    private static partial Regex WholeWords();

    /// <summary>A count before an item's words (<c>一个</c>, <c>两种</c>).</summary>
    [GeneratedRegex(@"[一两二三四五六七八九]\s?[个种套组层]")]
    private static partial Regex Count();

    /// <summary>A short modifier ending in 的 before an item's words, not one that opens with a verb or a preposition (<c>基于原型的</c>).</summary>
    [GeneratedRegex(@"(?!基于|用于|通过|利用|面向|针对|结合|负责|对|将|把|在|从|由)[\u4e00-\u9fff]{1,4}的")]
    private static partial Regex Modifier();
}
