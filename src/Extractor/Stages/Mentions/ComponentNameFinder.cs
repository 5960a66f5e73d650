using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Relations;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds the Chinese names of a method's parts where the method lists them (<c>SAM由三个组件组成：图像编码器、提示编码器和轻量级的掩码解码器</c>,
/// <c>ToT框架包括四个部分：（1）思维分解，…（2）思维生成器，…</c>): after a cue of <c>component-lists.txt</c>, each item whose words,
/// past a count (<c>一个</c>) and a short modifier (<c>轻量级的</c>), are a Chinese noun phrase of their own up to the item's end names
/// a part, typed <see cref="EntityType.Method"/>. An item that opens with a description (<c>基于原型的重排序</c>, <c>用于检索的编码器</c>)
/// or says what the part does (<c>负责生成文本和动作的Actor</c>) names none here; a Latin name is the other finders'.
/// <see cref="ComponentListFinder"/> then makes the parts PART_OF the whole.
/// </summary>
/// <param name="cues">What introduces a list of parts.</param>
public sealed class ComponentNameFinder(ListCues cues) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "component-name";

    /// <summary>The shortest and the longest part name, in characters.</summary>
    private const int MinLength = 2;

    private const int MaxLength = 10;

    /// <summary>Verbs and prepositions an item that says what a part does opens with (<c>通过混合和变形实现…</c>).</summary>
    private static readonly string[] Verbs = ["负责", "专门", "用来", "用以", "旨在", "能够", "可以", "通过", "基于", "利用", "使用", "采用", "用于", "针对", "面向", "结合", "引入", "提出", "构建", "设计", "实现", "计算", "生成", "提取", "融合", "确定", "评估", "涵盖", "包含", "包括", "支持", "将", "把", "对", "在", "从", "由", "以"];

    /// <summary>Characters a part's name never holds: function words that make the item a description or a clause.</summary>
    internal const string FunctionCharacters = "的了是在对将把用以及与和或为其于被从到并且等";

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        foreach (var match in cues.MatchesIn(body))
        {
            var listStart = match.Index + match.Length;
            foreach (var head in ComponentListFinder.ItemHeads(body, listStart, out var numbered))
            {
                // A list without numbers ends with its clause: a list comma further on belongs to another list. Words in a
                // bracket explain an item (（冗余、新颖性）), they name no part.
                var (broken, depth) = Scan(body, listStart, head);
                if (!numbered && broken)
                {
                    break;
                }

                if (depth > 0)
                {
                    continue;
                }

                if (NameAt(body, head, numbered) is { } name && context.SentenceAt(head) is { } sentence
                    && !context.Mentions.Exists(m => m.Start < head + name.Length && head < m.End))
                {
                    context.Mentions.Add(new Mention(name, head, sentence.Index, Name, EntityType.Method));
                }
            }
        }
    }

    /// <summary>
    /// The Chinese noun phrase at <paramref name="head"/> when it runs to the item's end, else null. Only a list without numbers
    /// ends an item at a conjunction (<c>提示编码器和…</c>); in a numbered item one is inside a word (<c>韵律不和谐性分析器</c>).
    /// </summary>
    private static string? NameAt(string body, int head, bool numbered)
    {
        var end = head;
        while (end < body.Length && end - head <= MaxLength && CharSets.IsChinese(body[end]) && !FunctionCharacters.Contains(body[end]))
        {
            end++;
        }

        var length = end - head;
        if (length < MinLength || length > MaxLength || !ComponentListFinder.EndsItem(body, end) || (numbered && end < body.Length && FunctionCharacters.Contains(body[end])))
        {
            return null;
        }

        var name = body.Substring(head, length);
        return OpensWithVerb(name) ? null : name;
    }

    /// <summary>
    /// Whether a name opens with a verb or a preposition, so that it says what a part does rather than naming it; an instrument noun
    /// in 器 names the part whatever its verb (<c>生成器</c>, <c>特征提取器</c>).
    /// </summary>
    /// <param name="name">The words of an item.</param>
    internal static bool OpensWithVerb(ReadOnlySpan<char> name)
    {
        if (name.EndsWith("器", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var verb in Verbs)
        {
            if (name.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a clause or sentence break stands outside brackets between two positions, and how deep in brackets the second is.</summary>
    private static (bool Broken, int Depth) Scan(string body, int from, int to)
    {
        var depth = 0;
        var broken = false;
        for (var i = from; i < to && i < body.Length; i++)
        {
            if (!CharSets.StepsBrackets(body[i], ref depth) && depth == 0 && body[i] is '，' or ',' or '。')
            {
                broken = true;
            }
        }

        return (broken, depth);
    }
}
