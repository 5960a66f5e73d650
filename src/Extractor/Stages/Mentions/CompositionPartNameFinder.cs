using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Relations;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds the names of the parts a work is said to be made of (<c>composition-frames.txt</c>: <c>BYOL由online网络和target网络两部分组成</c>,
/// <c>ControlNet由可训练副本和零卷积两部分组成</c>, <c>先验编码器由基于Transformer编码器的文本编码器和一个标准化流组成</c>), typed
/// <see cref="EntityType.Method"/>, so that <see cref="CompositionFinder"/> makes them PART_OF the whole. Each item of the list, past a count
/// and what describes it up to its last 的, names a part when what is left is a Chinese noun phrase, perhaps after a Latin word
/// (<c>online网络</c>), that the stoplist does not hold (<c>阶段</c>, <c>三部分</c>); an item that names a work leaves the part to that
/// name. The whole must be named right before the frame, or an anaphor or a role must stand for it (<c>它由…</c>, <c>的生成器由…</c>):
/// <c>由Google提出</c> is no frame, and a list that runs over a comma is no list of parts.
/// </summary>
/// <param name="frames">What says a work is made of parts, with the group <c>parts</c> (and <c>role</c>).</param>
/// <param name="references">The anaphors that may stand for the whole.</param>
/// <param name="stoplist">Generic words, which name no part.</param>
public sealed class CompositionPartNameFinder(ListCues frames, ReferenceWords references, Stoplist stoplist) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "composition-part";

    /// <summary>The shortest and the longest part name, in characters.</summary>
    private const int MinLength = 2;

    private const int MaxLength = 10;

    /// <summary>Chinese numerals, and the measure words that may follow one (<c>三个</c>, <c>两类</c>).</summary>
    private const string Numerals = "一两二三四五六七八九十几多";

    private const string MeasureWords = "个种类项套组条";

    /// <summary>Characters of large numbers: a name with one is an amount (<c>数十亿参数</c>).</summary>
    private const string Magnitudes = "百千万亿";

    /// <summary>What separates the items of a list of parts (<c>以及</c> before <c>及</c>); a comma makes it no list, and a frame holds no semicolon.</summary>
    private static readonly string[] Separators = ["、", "以及", "和", "与", "及", "加上"];

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        foreach (var match in frames.MatchesIn(body))
        {
            var parts = match.Groups["parts"];
            if (!parts.Success || !NamesWhole(context, match) || context.SentenceAt(parts.Index) is not { } sentence)
            {
                continue;
            }

            // 由三个交互组件构成 counts units its words only describe: no item names a part.
            var items = Items(body, parts.Index, parts.Index + parts.Length);
            if (items is null || OpensWithCount(body.AsSpan(parts.Index, parts.Length)))
            {
                continue;
            }

            foreach (var (start, end) in items)
            {
                // An item that names a work leaves the part to that name (只包含MLP层的轻量解码器: MLP, not 轻量解码器).
                if (!context.Mentions.Exists(m => m.Start < end && start < m.End) && NameIn(body, start, end) is var (nameStart, nameEnd))
                {
                    context.Mentions.Add(new Mention(body[nameStart..nameEnd], nameStart, sentence.Index, Name, EntityType.Method));
                }
            }
        }
    }

    /// <summary>Whether the whole is named right before the frame, or an anaphor or a role stands there.</summary>
    private bool NamesWhole(ArticleContext context, Match match)
    {
        if (match.Groups["role"].Success)
        {
            return true;
        }

        var before = context.Body.AsSpan(0, match.Index).TrimEnd();
        var end = before.Length;
        var nameEnd = context.SentenceAt(match.Index) is { } sentence ? CompositionFinder.WholeNameEnd(context.Body, sentence.Start, end) : end;
        if (context.Mentions.Exists(m => m.End == end || m.End == nameEnd))
        {
            return true;
        }

        foreach (var anaphor in references.Anaphors)
        {
            if (before.EndsWith(anaphor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of the list between two offsets, split at separators outside brackets; null when a clause break outside brackets makes it no list.</summary>
    private static List<(int Start, int End)>? Items(string body, int from, int to)
    {
        var items = new List<(int, int)>();
        var depth = 0;
        var itemStart = from;
        for (var i = from; i < to; i++)
        {
            if (CharSets.StepsBrackets(body[i], ref depth) || depth > 0)
            {
                continue;
            }

            if (body[i] is '，' or ',')
            {
                return null;
            }

            foreach (var separator in Separators)
            {
                if (body.AsSpan(i, to - i).StartsWith(separator, StringComparison.Ordinal))
                {
                    items.Add((itemStart, i));
                    i += separator.Length - 1;
                    itemStart = i + 1;
                    break;
                }
            }
        }

        items.Add((itemStart, to));
        return items;
    }

    /// <summary>
    /// Where the part's name stands in an item: past a count and what describes it up to its last 的, before a bracket that glosses it,
    /// when that is an optional Latin word and Chinese words without function characters; null otherwise.
    /// </summary>
    private (int Start, int End)? NameIn(string body, int start, int end)
    {
        var head = ComponentListFinder.HeadOf(body, start);
        var description = body.AsSpan(head, Math.Max(0, end - head)).LastIndexOf('的');
        var nameStart = description < 0 ? head : head + description + 1;
        var gloss = body.AsSpan(nameStart, Math.Max(0, end - nameStart)).IndexOfAny('(', '（');
        var nameEnd = gloss < 0 ? end : nameStart + gloss;
        while (nameEnd > nameStart && char.IsWhiteSpace(body[nameEnd - 1]))
        {
            nameEnd--;
        }

        while (nameStart < nameEnd && char.IsWhiteSpace(body[nameStart]))
        {
            nameStart++;
        }

        // A count inside the item starts what it is (时效性三个子指标: 时效性).
        var count = CountIn(body.AsSpan(nameStart, nameEnd - nameStart));
        if (count >= 0)
        {
            nameEnd = nameStart + count;
        }

        var name = body.AsSpan(nameStart, nameEnd - nameStart);
        var latin = 0;
        while (latin < name.Length && char.IsAsciiLetter(name[latin]))
        {
            latin++;
        }

        var chinese = name[latin..];
        if (name.Length is < MinLength or > MaxLength || chinese.IsEmpty || !IsPlainChinese(chinese)
            || (latin == 0 && ComponentNameFinder.OpensWithVerb(chinese)) || stoplist.Contains(name) || IsCountedUnit(name))
        {
            return null;
        }

        return (nameStart, nameEnd);
    }

    /// <summary>Whether the name is a numeral before a generic unit (<c>三部分</c>, <c>两个阶段</c>), which counts parts rather than naming one.</summary>
    private bool IsCountedUnit(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !Numerals.Contains(name[0]))
        {
            return false;
        }

        var unit = name[1..];
        if (!unit.IsEmpty && MeasureWords.Contains(unit[0]) && !stoplist.Contains(unit))
        {
            unit = unit[1..];
        }

        return unit.IsEmpty || stoplist.Contains(unit);
    }

    /// <summary>Whether the list opens with a count of two or more (<c>三个交互组件</c>).</summary>
    private static bool OpensWithCount(ReadOnlySpan<char> list)
    {
        var text = list.TrimStart();
        return text.Length > 1 && Numerals.Contains(text[0]) && text[0] != '一' && MeasureWords.Contains(text[1]);
    }

    /// <summary>Where a numeral and a measure word stand in a name (<c>三个</c>), or -1.</summary>
    private static int CountIn(ReadOnlySpan<char> name)
    {
        for (var i = 1; i + 1 < name.Length; i++)
        {
            if (Numerals.Contains(name[i]) && MeasureWords.Contains(name[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the text is Chinese words without the function characters that make it a description or a clause.</summary>
    private static bool IsPlainChinese(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!CharSets.IsChinese(c) || ComponentNameFinder.FunctionCharacters.Contains(c) || Magnitudes.Contains(c))
            {
                return false;
            }
        }

        return true;
    }
}
