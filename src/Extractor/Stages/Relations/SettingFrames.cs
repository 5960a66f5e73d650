using System.Buffers;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Tells the names that say where something is done, or what is used, from those that say who does it, in a marked
/// sentence: a name, or a list of names, framed by a setting's words (<c>在ALFWorld和WebShop上超越GRPO</c>,
/// <c>在更难的ChartQAPro上</c>, <c>在X等基准上</c>, <c>在三个任务（A、B、C）上</c>) or right after an object word (<c>利用DWI作为潜在模态</c>,
/// <c>基于Sentinel-2影像</c>) is never the subject of the verb after it.
/// </summary>
/// <param name="settings">The opening and closing words of each frame (<see cref="ReferenceWords.Settings"/>).</param>
/// <param name="objects">The object words (<see cref="ReferenceWords.Objects"/>).</param>
/// <param name="bases">The basis words (<see cref="ReferenceWords.Bases"/>).</param>
internal sealed class SettingFrames(IReadOnlyList<(string Open, string Close)> settings, IReadOnlyList<string> objects, IReadOnlyList<string> bases)
{
    /// <summary>The most characters between two names of a list (<c>、</c>, <c>和</c>, <c>以及</c>).</summary>
    private const int MaxBetweenNames = 2;

    /// <summary>The most characters between the opening word and the first name (<c>在更难的ChartQAPro上</c>).</summary>
    private const int MaxBeforeNames = 6;

    /// <summary>The most characters between the last name and the closing word (<c>在X等基准测试上</c>).</summary>
    private const int MaxAfterNames = 5;

    /// <summary>The most characters of the noun phrase a bracketed list names after an object word or a frame's opening word (<c>使用紧凑的蒸馏模型（…）</c>, <c>在三个体育教练任务（…）上</c>).</summary>
    private const int MaxObjectNoun = 10;

    /// <summary>The most after a list closed by 等 or a count, whose head may be long (<c>在EgoSchema和CLEVRER等长视频推理QA数据集上</c>).</summary>
    private const int MaxAfterClosedList = 14;

    /// <summary>The longest bracketed aside a frame reads past (<c>（1.3B和14B规模）</c>).</summary>
    private const int MaxAside = 20;

    /// <summary>Characters no frame spans: clause and sentence breaks, brackets.</summary>
    private const string Breaks = "，,。；;：:！？!?()（）";

    /// <summary>Object words of one character that, opening a clause, take all of it up to its verb; others (对, 用) also open nouns (对话, 用户).</summary>
    private const string ClauseOpeningObjects = "与将把";

    /// <summary>What ends a clause for an object word's reach: clause and sentence breaks.</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,。；;：:！？!?");

    /// <summary>The numerals of a count after a list (<c>三个</c>, <c>多种</c>).</summary>
    private const string Numerals = "两二三四五六七八九十多几数";

    /// <summary>The measure words of a count after a list.</summary>
    private const string Counters = "个种项类大组";

    /// <summary>What may part two names of one list (<c>、</c>, <c>和</c>, <c>以及</c>, <c>/</c>): not 在, so <c>ATM在TOPKIDS上</c> is no list.</summary>
    private const string ListSeparators = "、和与及以或/ ";

    /// <summary>Whether the marker at a position is framed as a setting.</summary>
    /// <param name="text">The marked sentence.</param>
    /// <param name="at">The position of a marker.</param>
    public bool Holds(string text, int at)
    {
        if (settings.Count == 0 && objects.Count == 0 && bases.Count == 0)
        {
            return false;
        }

        var first = at;
        while (Neighbour(text, first, -1) is { } previous)
        {
            first = previous;
        }

        var last = at;
        while (Neighbour(text, last, +1) is { } next)
        {
            last = next;
        }

        // A list in brackets after the frame's noun is framed too (在三个体育教练任务（Exact、FitnessQA、ExpertAF）上).
        var bracketed = first > 0 && text[first - 1] is '（' or '(' && last + 1 < text.Length && text[last + 1] is '）' or ')';
        foreach (var (open, close) in settings)
        {
            if (bracketed
                ? OpensBefore(text, first - 1, open, MaxObjectNoun) && ClosesAfter(text, last + 1, close)
                : OpensBefore(text, first, open, MaxBeforeNames) && ClosesAfter(text, last, close))
            {
                return true;
            }
        }

        // An object word stands right before its object (利用DWI), or before a short modifier of it (通过将自由形式的CoT)
        // when it is no single character, which may end another word (合成对话的); a basis word only right before it:
        // 基于扩散的HGFNet names who is based on diffusion.
        // A list in brackets names the noun before them, which may be an object of its own (使用紧凑的蒸馏模型（Llama-3.2-1B
        // 和Gemma-2-2B），通过…): then the names are objects too.
        var before = text.AsSpan(0, first).TrimEnd();
        var glossed = before.Length > 0 && before[^1] is '（' or '(' ? before[..^1].TrimEnd() : [];
        foreach (var word in objects)
        {
            if (before.EndsWith(word, StringComparison.Ordinal) || (word.Length > 1 && (EndsWithModified(before, word) || EndsWithObjectNoun(glossed, word))))
            {
                return true;
            }
        }

        foreach (var word in bases)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return FollowsObjectWordInClause(before);
    }

    /// <summary>
    /// Whether a clause's text before a name holds an object word of two characters or more with no 的 after it: the name is
    /// inside what the word takes (通过稀疏KV检索解决…, 通过可学习去噪模块、PPA注意力机制…), not the subject of the verb after it.
    /// A 的 makes the name the head of a modified phrase (用于医学图像分割的MedSAM在…上), which the nearer rules judge. A clause
    /// that opens with 与, 将 or 把 takes every name in it before the name as its object (与随机森林、SVM、XGBoost和Jacobi-GP对比，…).
    /// </summary>
    private bool FollowsObjectWordInClause(ReadOnlySpan<char> before)
    {
        var clause = before[(ClauseStart(before) + 1)..];
        var opening = clause.TrimStart();
        if (opening.Length > 0 && ClauseOpeningObjects.Contains(opening[0]))
        {
            return true;
        }

        var tail = clause[(clause.LastIndexOf('的') + 1)..];
        foreach (var word in objects)
        {
            if (word.Length > 1 && tail.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the last clause break of a text is (-1 if none): a comma between digits (157,849篇) is none.</summary>
    private static int ClauseStart(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOfAny(ClauseBreaks);
        while (at > 0 && text[at] == ',' && at + 1 < text.Length && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]))
        {
            at = text[..at].LastIndexOfAny(ClauseBreaks);
        }

        return at;
    }

    /// <summary>Whether a text opens with an object word (将反向相位编码EPI对的…): what it modifies is an object.</summary>
    /// <param name="text">The text, such as a clause's words before a name.</param>
    public bool OpensWithObjectWord(ReadOnlySpan<char> text) => OpeningWords.Find(text, objects) is not null;

    /// <summary>The marker of the same list next to the one at <paramref name="at"/> in a direction, if list separators alone part them.</summary>
    private static int? Neighbour(string text, int at, int step)
    {
        for (var i = at + step; Math.Abs(i - at) <= MaxBetweenNames + 1 && i >= 0 && i < text.Length; i += step)
        {
            if (RelationTemplate.IsMarker(text[i]))
            {
                return Math.Abs(i - at) > 1 ? i : null;
            }

            if (!ListSeparators.Contains(text[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a text ends with a word and then a short modifier ending in 的 (将 自由形式的), all in one clause.</summary>
    private static bool EndsWithModified(ReadOnlySpan<char> before, string word)
    {
        if (before.IsEmpty || before[^1] != '的')
        {
            return false;
        }

        for (var start = before.Length - 2; start >= Math.Max(1, before.Length - 1 - MaxBeforeNames); start--)
        {
            if (Breaks.Contains(before[start]) || RelationTemplate.IsMarker(before[start]))
            {
                return false;
            }

            if (before[..start].EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text ends with a word and then a short noun phrase (使用 紧凑的蒸馏模型), all in one clause.</summary>
    private static bool EndsWithObjectNoun(ReadOnlySpan<char> before, string word)
    {
        for (var start = before.Length - 1; start >= Math.Max(1, before.Length - MaxObjectNoun); start--)
        {
            if (Breaks.Contains(before[start]) || RelationTemplate.IsMarker(before[start]))
            {
                return false;
            }

            if (before[..start].EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensBefore(string text, int first, string open, int reach)
    {
        for (var end = first; end >= Math.Max(0, first - reach); end--)
        {
            if (end < first && (Breaks.Contains(text[end]) || RelationTemplate.IsMarker(text[end])))
            {
                return false;
            }

            if (end >= open.Length && string.CompareOrdinal(text, end - open.Length, open, 0, open.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a count opens the text at a position (<c>三个</c>, <c>4种</c>): after a list it closes the list as 等 does (<c>在A、B、C三个生物医学NER任务上</c>).</summary>
    private static bool OpensWithACount(string text, int at) =>
        at + 1 < text.Length && (Numerals.Contains(text[at]) || char.IsAsciiDigit(text[at])) && Counters.Contains(text[at + 1]);

    /// <summary>
    /// Whether the closing word follows the last name within reach, past one bracketed aside that names nothing, which does
    /// not count (在Wan-2.1-T2V模型系列（1.3B和14B规模）上).
    /// </summary>
    private static bool ClosesAfter(string text, int last, string close)
    {
        // A closed list's head may name a task or a domain (在A、B、C三个生物医学NER任务上).
        var closed = last + 1 < text.Length && (text[last + 1] == '等' || OpensWithACount(text, last + 1));
        var most = closed ? MaxAfterClosedList : MaxAfterNames;
        var aside = 0;
        for (var start = last + 1; start <= Math.Min(text.Length - close.Length, last + 1 + most + aside); start++)
        {
            if (string.CompareOrdinal(text, start, close, 0, close.Length) == 0)
            {
                return true;
            }

            if (aside == 0 && text[start] is '（' or '(' && AsideEnd(text, start) is { } end)
            {
                aside = end - start + 1;
                start = end;
                continue;
            }

            if (Breaks.Contains(text[start]) || (RelationTemplate.IsMarker(text[start]) && !closed))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Where a bracketed aside opening at <paramref name="open"/> closes, if it does soon and holds no name and no clause break.</summary>
    private static int? AsideEnd(string text, int open)
    {
        for (var at = open + 1; at < Math.Min(text.Length, open + 1 + MaxAside); at++)
        {
            if (text[at] is '）' or ')')
            {
                return at;
            }

            if (Breaks.Contains(text[at]) || RelationTemplate.IsMarker(text[at]))
            {
                return null;
            }
        }

        return null;
    }
}
