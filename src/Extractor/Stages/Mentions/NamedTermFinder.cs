using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds what the text explicitly names: <c>名为“Skip Tuning”的加速技巧</c>,
/// <c>称为X</c>, and members of a list closed by a head word, <c>在视觉问答、图像字幕生成等任务中</c>
/// (each member typed by the head), and Chinese terms proposed as a technique,
/// <c>我们引入了自主具身验证技术</c>. Chinese members must be 3–10 characters, so that short
/// generic words (去噪, 重构) are left out; stoplisted words never count.
/// </summary>
/// <param name="stoplist">Generic words.</param>
/// <param name="heads">Head words and their types.</param>
/// <param name="listOpeners">Words after which a list begins (涵盖, 通过): a list's first item starts after one, never with it.</param>
public sealed partial class NamedTermFinder(Stoplist stoplist, TypeHeads heads, IReadOnlyList<string> listOpeners) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "named-term";

    /// <summary>The heads that close a Chinese list (<see cref="HeadedList"/>).</summary>
    private static readonly string[] ListHeads = ["任务", "数据集", "基准", "模型", "方法"];

    /// <summary>The measure words of a count that may close a Chinese list instead of 等 (三类, 两个).</summary>
    private static readonly string[] CountWords = ["类", "个", "种", "项"];

    /// <summary>Where <see cref="HeadedList"/> can match: runs of Chinese characters and list commas holding 等 and a head.</summary>
    private static readonly RegexWindows HeadedListWindows = new(
        SearchValues.Create([.. CharSets.Range('\u4E00', '\u9FFF'), .. "、，,"]),
        [.. ListHeads.Select(h => "等" + h), "等多个", "等多种", "等各种", .. CountWords.SelectMany(c => ListHeads.Select(h => c + h))]);

    /// <summary>Where <see cref="LatinHeadedList"/> can match: runs of Latin names, separators and white space holding a head.</summary>
    private static readonly RegexWindows LatinHeadedListWindows = new(
        SearchValues.Create([.. CharSets.Range('A', 'Z'), .. CharSets.Range('a', 'z'), .. CharSets.Range('0', '9'), .. CharSets.WhiteSpace(), .. "-.、,，和与及以等多个种在如于对包括例数据集基准测试任务"]),
        ["数据集", "基准", "任务", "datasets", "benchmarks"]);

    /// <summary>Chinese list members shorter than this are generic words (合成, 检测): they join a list but are no mentions.</summary>
    private const int MinListMember = 3;

    private readonly Regex _headedList = HeadedList(listOpeners);

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (Match match in NamedAs().Matches(context.Body))
        {
            var term = match.Groups["term"];
            Add(context, term.Value.Trim(), term.Index, heads.After(context.Body, term.Index + term.Length));
        }

        foreach (Match match in ProposedTerm().Matches(context.Body))
        {
            var term = match.Groups["term"];
            Add(context, term.Value, term.Index, heads.After(context.Body, term.Index + term.Length));
        }

        foreach (var match in HeadedLists(_headedList, context.Body).Concat(LatinHeadedLists(context.Body)))
        {
            var type = heads.After(context.Body, match.Groups["head"].Index);
            foreach (Capture item in match.Groups["item"].Captures)
            {
                if (item.Length >= MinListMember)
                {
                    Add(context, item.Value, item.Index, type);
                }
            }
        }
    }

    /// <summary>The matches of a <see cref="HeadedList"/> pattern, found in its windows only.</summary>
    /// <param name="headedList">The pattern.</param>
    /// <param name="text">The text.</param>
    internal static IEnumerable<Match> HeadedLists(Regex headedList, string text) => HeadedListWindows.Matches(headedList, text);

    /// <summary>The matches of <see cref="LatinHeadedList"/>, found in its windows only.</summary>
    /// <param name="text">The text.</param>
    internal static IEnumerable<Match> LatinHeadedLists(string text) => LatinHeadedListWindows.Matches(LatinHeadedList(), text);

    private void Add(ArticleContext context, string surface, int start, Model.EntityType? type)
    {
        if (surface.Length >= 2 && !stoplist.Contains(surface) && context.SentenceAt(start) is { } sentence)
        {
            context.Mentions.Add(new Mention(surface, start, sentence.Index, Name, type));
        }
    }

    [GeneratedRegex(@"(?:名为|称为|叫做|命名为)[“""‘]?(?<term>[A-Za-z][A-Za-z0-9\-\.+ ]{0,40}[A-Za-z0-9]|\p{IsCJKUnifiedIdeographs}{2,10}?)[”""’]?(?=的|[，,。；;、（(]|$)")]
    private static partial Regex NamedAs();

    /// <summary>A Chinese term of 5–10 characters, without function words, that is proposed as a technique: <c>我们引入了自主具身验证技术</c>.</summary>
    [GeneratedRegex(@"(?:提出|引入|设计|开发)了?(?:一种|一个|一套|新的|新型的?)*(?<term>[^\P{IsCJKUnifiedIdeographs}的了是在和与及或为将对从把被由等个种这些其该即如中上下通过使用基于一新][\p{IsCJKUnifiedIdeographs}-[的了是在和与及或为将对从把被由等个种这些其该即如中上下]]{4,9})(?=技术|方法|机制|框架|算法)")]
    private static partial Regex ProposedTerm();

    /// <summary>An item of <see cref="HeadedList"/>: no function word first, no 在 or joining word inside, as short as the list allows.</summary>
    private const string ListItem = @"[\p{IsCJKUnifiedIdeographs}-[在于从将把被由与和及或这那些其该等但了]][\p{IsCJKUnifiedIdeographs}-[在和与及或等]]{1,9}?";

    /// <summary>The words that join the items of <see cref="HeadedList"/>.</summary>
    private const string ListJoin = "[、]|和|与|及|以及|或";

    /// <summary>
    /// Chinese terms listed before 等 or a count, and a head: <c>在少样本分类、语义分割和深度估计等任务上</c>,
    /// <c>在算术推理、常识推理和符号推理三类任务上</c>, <c>使用了末字母拼接和硬币翻转两个任务</c>. An item starts with no
    /// function word (与, 这, 但…; 对 starts 对话 and 对抗 too often to be one), holds no 在 (a clause, not a name:
    /// <c>这些模式在预训练</c>) and no word that joins a list (和, 与, 及, 或), and is as short as the list allows, so
    /// <c>与微调</c> and <c>代码生成和常识推理</c> are no items. The list starts after a list opener rather than with it
    /// (<c>涵盖情感分析、实体识别和问答等任务</c> lists 情感分析). Items may have two characters (<c>合成</c>), so that one
    /// does not break the list, but only longer ones become mentions.
    /// </summary>
    /// <param name="listOpeners">Words after which a list begins.</param>
    internal static Regex HeadedList(IReadOnlyList<string> listOpeners)
    {
        var openers = string.Join("|", listOpeners.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).Select(Regex.Escape));
        var before = "[在如于对把将了、，,]" + (openers.Length > 0 ? "|" + openers : string.Empty);
        var notOpener = openers.Length > 0 ? "(?!" + openers + ")" : string.Empty;
        return new Regex(
            "(?<=" + before + ")" + notOpener + "(?<item>" + ListItem + ")(?:" + ListJoin + ")(?<item>" + ListItem + ")(?:(?:" + ListJoin + ")(?<item>" + ListItem + "))*(?:等(?:多个|多种|各种)?|[两二三四五六七八九十几]+[" + string.Concat(CountWords) + "])(?<head>" + string.Join("|", ListHeads) + ")",
            RegexOptions.CultureInvariant);
    }

    /// <summary>Latin names listed before a head: <c>在VIGOR、KITTI和Ford Multi-AV数据集上</c> (every member is a dataset).</summary>
    [GeneratedRegex(@"(?<=[在如于对、，,]|包括|例如)\s?(?<item>[A-Z][A-Za-z0-9\-\.]*(?: [A-Z0-9][A-Za-z0-9\-\.]*){0,3})(?:\s?(?:[、,，]|和|与|及|以及|and)\s?(?<item>[A-Z][A-Za-z0-9\-\.]*(?: [A-Z0-9][A-Za-z0-9\-\.]*){0,3}))+\s?(?:等|等多个|等多种)?\s?(?<head>数据集|基准测试|基准|任务|datasets|benchmarks)")]
    internal static partial Regex LatinHeadedList();
}
