using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Reads the text's own definitions of names: <c>神经切线核(NTK)</c>,
/// <c>药物不良事件(Adverse Drug Events, ADEs)</c>, <c>Position Interpolation (PI)</c>,
/// <c>RoPE(旋转位置编码)</c>, <c>状态空间模型(简称SSM)</c>: the term before the bracket and every
/// name inside become mentions linked as aliases. A lowercase single word inside
/// (<c>类脑(neuromorphic)</c>) is a gloss, not a name. When the term before the bracket is a
/// known entity whose names do not include the bracketed ones (<c>基于模型的强化学习(…, MBRL)</c>
/// read back only to 强化学习), the bracket names something narrower: its names are linked to
/// each other but not to the term.
/// </summary>
/// <param name="stoplist">Generic words.</param>
/// <param name="lexicon">Known entities.</param>
/// <param name="termPrefixes">Clause openers dropped from the start of a Chinese term (受到, 研究).</param>
/// <param name="termBreaks">Words that end whatever comes before them in a term (提出, 虽然): a term starts after the last one.</param>
/// <param name="termWords">Words in which a boundary character does not end a term (路由, 对齐).</param>
public sealed partial class BracketAliasFinder(Stoplist stoplist, Lexicon lexicon, IReadOnlyList<string> termPrefixes, IReadOnlyList<string> termBreaks, TermWords termWords) : IExtractionStage
{
    /// <summary>The finder's name on its mentions and links.</summary>
    public const string Name = "bracket-alias";

    /// <summary>Characters that end a Chinese term when read leftwards from the bracket, unless part of one of the term words.</summary>
    private const string ChineseBoundaries = "的了是在和与及或为将对从把被由等个种这些其该即称作用于如中";

    /// <summary>Quotes that may close a term right before its bracket.</summary>
    private const string ClosingQuotes = "\"”」』";

    /// <summary>Quotes that open a quoted term.</summary>
    private const string OpeningQuotes = "\"“「『";

    private const int MaxChineseTermLength = 10;

    /// <summary>Words that give a name: the term after them is that name, not a common word, however short.</summary>
    private static readonly string[] NamingWords = ["名为", "称为", "叫做", "命名为"];

    /// <summary>
    /// Chinese words of two characters that no lexicon knows are common words, not a name's gloss (医疗（MIMIC-IV）,
    /// SwiGLU（门控）): as aliases they would join unrelated names across articles, ARIC and TRIAGE through 分类.
    /// </summary>
    private const int MinChineseTermLength = 3;

    /// <summary>The longest quoted term: quotes mark where it starts, so it may be longer than a term read back from its bracket.</summary>
    private const int MaxQuotedTermLength = 20;

    /// <summary>How far back a run of Chinese before a bracket is read for the clause openers that start it.</summary>
    private const int MaxChineseRun = 30;

    /// <summary>The longest text inside the brackets <see cref="Definition"/> reads.</summary>
    private const int MaxInner = 80;

    private static readonly char[] NameSeparators = [',', '，', ';', '；'];

    private static readonly SearchValues<char> Brackets = SearchValues.Create("()（）");

    private readonly string[] _prefixesLongestFirst = [.. termPrefixes.OrderByDescending(p => p.Length)];

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (var match in Definitions(context.Body))
        {
            if (context.SentenceAt(match.Index) is not { } sentence)
            {
                continue;
            }

            // A bracket that gives an example or a contrast (SQL（而非拼接文本）, LLM（如医疗模型）) names no other name of the term,
            // nor does a citation (Transformer（Vaswani et al., 2017）): its people are the author finder's.
            var inner = match.Groups["inner"];
            if (ExampleOrContrast().IsMatch(inner.Value) || Citation().IsMatch(inner.Value))
            {
                continue;
            }

            var innerText = AliasPrefix().Replace(inner.Value, string.Empty);
            var left = match.Groups["left"];
            var term = IsQuoted(context.Body, left) is { } quoted ? (quoted ? (left.Value, left.Index) : null) : LeftTerm(left, innerText);
            if (term is null || stoplist.Contains(term.Value.Value))
            {
                continue;
            }

            var leftIsLatin = char.IsAsciiLetterOrDigit(term.Value.Value[^1]);

            var names = innerText.Split(NameSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(n => !stoplist.Contains(n) && (IsLatinName(n) || (leftIsLatin && IsChineseGloss(n))))
                .ToList();
            if (names.Count == 0)
            {
                continue;
            }

            // A common word of two characters glosses nothing (医疗（MIMIC-IV）, 人物ID嵌入（person ID embedding）): the bracket's
            // names are names, not its aliases.
            // Nor does a Chinese phrase that a Latin word leads into (3D基础模型（VGGT）, 2D高斯泼溅（2DGS）, Transformer编码器（TE）):
            // its Chinese part alone is a common noun or another thing's name, which would join the bracket's name to others.
            // A name given right there (名为"鲁班(Luban)"的代理) is one however short.
            if (!leftIsLatin && ((!IsChineseGloss(term.Value.Value) && !IsGivenName(context.Body, term.Value.Start))
                || (term.Value.Start > 0 && char.IsAsciiLetterOrDigit(context.Body[term.Value.Start - 1]))))
            {
                AddMentions(context, names, inner.Index, sentence.Index);
                continue;
            }

            // A Latin word that Chinese modifiers lead into heads a longer term (谱集成全局Mamba(SIGM)): a Latin name in the
            // bracket that neither abbreviates the word nor spells it out names that term, not the word, so it is kept but
            // not linked to the word. A Chinese gloss (低NFE（函数评估次数）) is still the word's.
            var latin = names.FindAll(IsLatinName);
            if (leftIsLatin && latin.Count > 0 && ModifiedByChinese(context.Body, term.Value.Start)
                && latin.TrueForAll(n => !Abbreviations.Abbreviates(n, term.Value.Value) && !Abbreviations.Abbreviates(term.Value.Value, n)))
            {
                AddMentions(context, latin, inner.Index, sentence.Index);
                continue;
            }

            // Two Latin names of one word each are one thing's only when one abbreviates the other or they are spelt alike:
            // ALFWorld（Qwen3-8B） names the model run on a benchmark, SlideBench(TCGA) its source. A phrase of several words
            // beside a name is its long form, however freely abbreviated (Progressive OPD (POPD), Detection Transformer (DETR)).
            if (leftIsLatin && latin.Count == names.Count && !term.Value.Value.Contains(' ')
                && latin.TrueForAll(n => !n.Contains(' ') && !SpellsOut(n, term.Value.Value)))
            {
                AddMentions(context, latin, inner.Index, sentence.Index);
                continue;
            }

            // A Chinese phrase does not translate a version or size: 最佳模型（Qwen 3.5 Plus）and 教师模型（GPT-4o）name the
            // model that plays a role, so the name is kept but not linked to the phrase (3DGS, whose digit leads, still is).
            if (!leftIsLatin && names.Count == 1 && HasVersionDigit(names[0]))
            {
                AddMentions(context, names, inner.Index, sentence.Index);
                continue;
            }

            // Several Latin names are one thing's only when each abbreviates, or is abbreviated by, another (Adverse Drug
            // Events, ADEs); otherwise the bracket lists members (三个指令微调模型（Llama 3.1-8B, Qwen 2.5-7B, Mistral-7B-Instruct）),
            // which are names but not each other's. A Chinese name beside them translates the term (RoPE(旋转位置编码, …)).
            if (latin.Count > 1 && !latin.TrueForAll(n => latin.Exists(other => !ReferenceEquals(n, other) && (Abbreviations.Abbreviates(n, other) || Abbreviations.Abbreviates(other, n)))))
            {
                AddMentions(context, names, inner.Index, sentence.Index);
                continue;
            }

            // A known name is linked only to its own known names: BGE-M3(Transformer) glosses a
            // type, and 强化学习(…, MBRL) reads back too short; either way they are not aliases.
            var leftEntry = lexicon.TryFind(Resolution.SurfaceForms.Singular(term.Value.Value), out var known) ? known : null;
            // Nor is Chinese text that a known name's entry does not hold a name at all: it describes the thing (稀疏IMU（分布在
            // 人体和物体上）, 智能手表IMU（捕捉高频运动）) or translates it anew, and alone it would make an entity of its own.
            var linkTerm = names.All(n => SameEntry(leftEntry, term.Value.Value, n));
            names = linkTerm ? names
                : leftEntry is not null ? names.FindAll(IsLatinName)
                : names.Where(n => !lexicon.TryFind(Resolution.SurfaceForms.Singular(n), out _)).ToList();
            if (linkTerm)
            {
                context.Mentions.Add(new Mention(term.Value.Value, term.Value.Start, sentence.Index, Name));
            }

            AddMentions(context, names, inner.Index, sentence.Index);
            foreach (var name in names)
            {
                context.AliasLinks.Add(new AliasLink(linkTerm ? term.Value.Value : names[0], name, Name));
            }
        }
    }

    /// <summary>Whether a Latin name ends with another's words, after a space or a hyphen, in any case (<c>time-conditioned flow matching</c>, <c>Flow Matching</c>).</summary>
    private static bool EndsWithWords(string name, string words) =>
        words.Length >= 2 && name.Length > words.Length + 1 && char.IsAsciiLetter(words[0])
        && name.EndsWith(words, StringComparison.OrdinalIgnoreCase) && name[name.Length - words.Length - 1] is ' ' or '-';

    /// <summary>Whether two Latin names are one's: one abbreviates the other, or they share a name key.</summary>
    private static bool SpellsOut(string first, string second) =>
        Abbreviations.Abbreviates(first, second) || Abbreviations.Abbreviates(second, first) || NameKey.Of(first) == NameKey.Of(second);

    /// <summary>Whether a naming word (名为, 称为), perhaps with an opening quote, comes right before the text at <paramref name="start"/>.</summary>
    private static bool IsGivenName(string body, int start)
    {
        var before = body.AsSpan(0, start);
        if (before.Length > 0 && OpeningQuotes.Contains(before[^1]))
        {
            before = before[..^1];
        }

        foreach (var word in NamingWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a bracket's Chinese text can gloss a name: a known name, or a word long enough to be no common one.</summary>
    private bool IsChineseGloss(string text) => ChineseName().IsMatch(text) && (text.Length >= MinChineseTermLength || lexicon.TryFind(text, out _));

    /// <summary>
    /// Whether the Latin term at <paramref name="start"/> directly follows Chinese characters that modify it (全局Mamba)
    /// rather than a word that ends a phrase (的, 和) or a verb that introduces it (提出, 基于: <c>term-prefixes.txt</c>).
    /// </summary>
    private bool ModifiedByChinese(string body, int start)
    {
        if (start == 0 || !CharSets.IsChinese(body[start - 1]) || EndsTerm(body, start - 1, termWords))
        {
            return false;
        }

        foreach (var prefix in _prefixesLongestFirst)
        {
            if (start >= prefix.Length && string.CompareOrdinal(body, start - prefix.Length, prefix, 0, prefix.Length) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddMentions(ArticleContext context, List<string> names, int offset, int sentenceIndex)
    {
        foreach (var name in names)
        {
            var at = context.Body.IndexOf(name, offset, StringComparison.Ordinal);
            context.Mentions.Add(new Mention(name, at, sentenceIndex, Name));
            offset = at + name.Length;
        }
    }

    /// <summary>
    /// Whether a name holds a version or size: a number after a hyphen, space or point (<c>GPT-4o</c>, <c>Qwen 3.5 Plus</c>,
    /// <c>Qwen2.5</c>) or of two digits or more after a letter (<c>ResNet50</c>, <c>DenseNet121</c>); not the single digit of
    /// <c>S4</c> or <c>T5</c>, nor the leading one of <c>3DGS</c>.
    /// </summary>
    internal static bool HasVersionDigit(string name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (!char.IsAsciiDigit(name[i]))
            {
                continue;
            }

            if (name[i - 1] is '-' or ' ' or '.'
                || (char.IsAsciiLetter(name[i - 1]) && i + 1 < name.Length && char.IsAsciiDigit(name[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a bracketed name is known as the same entry as the term, or both are unknown, or the term is a known acronym
    /// and the name its long form (<see cref="SpellsOutKnown"/>). A known acronym in a bracket after a long form is often a new
    /// work's (<c>Object Pose Transformer (OPT)</c> is not Meta's OPT): it joins no long form.
    /// </summary>
    private bool SameEntry(Knowledge.LexiconEntry? leftEntry, string term, string name)
    {
        var found = lexicon.TryFind(Resolution.SurfaceForms.Singular(name), out var entry);
        if (leftEntry is null)
        {
            return !found;
        }

        return found ? ReferenceEquals(entry, leftEntry) : SpellsOutKnown(leftEntry, term, name);
    }

    /// <summary>
    /// Whether a long form beside a known acronym is that acronym's (<c>LLaVA（Large Language and Vision Assistant）</c>, which
    /// the lexicon knows only as LLaVA): the acronym abbreviates it, and it means what the entry's own long forms mean, if the
    /// entry has any (<c>SAM（Sharpness-Aware Minimization）</c> is not the Segment Anything Model).
    /// </summary>
    private static bool SpellsOutKnown(Knowledge.LexiconEntry entry, string acronym, string longForm) =>
        longForm.Contains(' ', StringComparison.Ordinal) && Abbreviations.IsAcronymOf(acronym, longForm)
        && entry.AllNames.All(n => !n.Contains(' ', StringComparison.Ordinal) || Abbreviations.HasChinese(n) || Abbreviations.SameMeaning(n, longForm));

    /// <summary>A Latin-script name: has a capital or digit, or is several words (<c>autonomous embodied verification</c>).</summary>
    private static bool IsLatinName(string name) =>
        LatinName().IsMatch(name) && Has(name, char.IsAsciiLetter) && Has(name, c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == ' ');

    private static bool Has(string name, Func<char, bool> predicate)
    {
        foreach (var c in name)
        {
            if (predicate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a term closed by a quote before its bracket is the whole quoted text (<c>名为"原则性智能体辩论"（PAD）</c>), or
    /// only its end, which is no term (<c>"实际如何的解释"（HAEs）</c> does not define 解释); null when no quote closes it.
    /// </summary>
    private static bool? IsQuoted(string body, Group left)
    {
        var end = left.Index + left.Length;
        if (end >= body.Length || !ClosingQuotes.Contains(body[end]))
        {
            return null;
        }

        return left.Index > 0 && OpeningQuotes.Contains(body[left.Index - 1]) && left.Length <= MaxQuotedTermLength;
    }

    /// <summary>The term a bracket follows: a Latin name, a known name that ends the Chinese run before it, or that run.</summary>
    /// <param name="left">The text before the bracket.</param>
    /// <param name="inner">The bracket's text.</param>
    private (string Value, int Start)? LeftTerm(Group left, string inner)
    {
        var text = left.Value;
        if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]))
        {
            return (text.Trim(), left.Index + (text.Length - text.TrimStart().Length));
        }

        // A term word extends the run past its boundary character (子空间信号路由), but only while the term still fits:
        // otherwise the boundary character was where the term starts after all (表达者进行潜在剖面分析 → 剖面分析).
        var runStart = RunStart(text, termWords);
        if (text.Length - AfterPrefixes(text, runStart) > MaxChineseTermLength)
        {
            runStart = Math.Max(runStart, RunStart(text, TermWords.Empty));
        }

        var windowStart = Math.Max(runStart, text.Length - MaxChineseTermLength);

        // A known name at the end of the run is the term (受到神经切线核 → 神经切线核), unless the bracket spells out a long form
        // in Latin words and none of its names is the known one's nor ends with one: the long form glosses a longer term the
        // known one ends (图条件变分自编码器（Graph CVAE）: not 变分自编码器). A variant named after the known one (可微高斯泼溅
        // （Differentiable Gaussian Splatting）) leaves the known name a mention, on which the variant's lineage rests, and so
        // does an acronym (区域感知直接偏好优化（RA-DPO）, 轻量级指数移动平均（EMA）), which says less of what it glosses.
        var latin = inner.Split(NameSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(IsLatinName).ToList();
        var longForms = latin.FindAll(n => n.Contains(' ', StringComparison.Ordinal));
        var glossesKnown = (LexiconEntry entry, string known) =>
            longForms.Count == 0 || latin.Exists(n => SameEntry(entry, known, n) || entry.AllNames.Any(name => EndsWithWords(n, name)));
        for (var known = windowStart; known < text.Length - 1; known++)
        {
            if (lexicon.TryFind(text[known..], out var entry) && glossesKnown(entry, text[known..]))
            {
                return (text[known..], left.Index + known);
            }
        }

        // The clause openers that start a long run are dropped from where it starts (本文提出反思性提示调优 → 反思性提示调优),
        // not from the last characters that fit a term (文提出反思性提示调优).
        var start = AfterPrefixes(text, runStart);
        if (text.Length - start > MaxChineseTermLength)
        {
            start = AfterPrefixes(text, text.Length - MaxChineseTermLength);
        }

        start = AfterPrefixes(text, AfterLastBreak(text, start));
        var term = text[start..];
        return term.Length >= 2 ? (term, left.Index + start) : null;
    }

    /// <summary>Where the run of Chinese that ends the text starts: after the last character that ends a term, at most <see cref="MaxChineseRun"/> back.</summary>
    private static int RunStart(string text, TermWords words)
    {
        var runStart = text.Length;
        while (runStart > 0 && text.Length - runStart < MaxChineseRun && !EndsTerm(text, runStart - 1, words))
        {
            runStart--;
        }

        return runStart;
    }

    /// <summary>Whether the character at <paramref name="at"/> ends a Chinese term: a boundary character outside the term words (由 of 由于, not of 路由).</summary>
    private static bool EndsTerm(string text, int at, TermWords words) => ChineseBoundaries.Contains(text[at]) && !words.Covers(text, at);

    /// <summary>Where a Chinese term starting at <paramref name="start"/> starts once the clause openers before it are dropped.</summary>
    /// <summary>Where a term that would start at <paramref name="start"/> starts after the last break word in it, when three characters or more remain.</summary>
    private int AfterLastBreak(string text, int start)
    {
        var after = start;
        foreach (var word in termBreaks)
        {
            var at = text.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= start && at + word.Length > after && text.Length - (at + word.Length) >= MinChineseTermLength)
            {
                after = at + word.Length;
            }
        }

        return after;
    }

    private int AfterPrefixes(string text, int start)
    {
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var prefix in _prefixesLongestFirst)
            {
                if (text.Length - start - prefix.Length >= 2 && string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0)
                {
                    start += prefix.Length;
                    trimmed = true;
                    break;
                }
            }
        }

        return start;
    }

    /// <summary>
    /// The matches of <see cref="Definition"/> in the text, in order, without running it at every
    /// Chinese character (it would read each run of them to its end from every start). A match
    /// ends at a closing bracket and holds no other bracket but its opening one, so only a closing
    /// bracket whose last preceding bracket opens at most 80 characters before can end one, and
    /// the match then starts in the run of term characters that ends at that opening bracket.
    /// </summary>
    /// <param name="text">The text.</param>
    internal static IEnumerable<Match> Definitions(string text)
    {
        var afterClose = 0;
        var open = -1;
        var i = 0;
        while (i < text.Length)
        {
            var found = text.AsSpan(i).IndexOfAny(Brackets);
            if (found < 0)
            {
                yield break;
            }

            var at = i + found;
            if (text[at] is '(' or '（')
            {
                open = at;
            }
            else
            {
                if (open >= 0 && at - open - 1 is >= 1 and <= MaxInner)
                {
                    var start = TermRunStart(text, afterClose, open);
                    var match = Definition().Match(text, start, at + 1 - start);
                    if (match.Success)
                    {
                        yield return match;
                    }
                }

                afterClose = at + 1;
                open = -1;
            }

            i = at + 1;
        }
    }

    /// <summary>Where the run of characters a term before the opening bracket may hold (one white space apart) starts.</summary>
    private static int TermRunStart(string text, int from, int open)
    {
        var start = open;
        if (start > from && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        // A quoted term keeps its closing quote before the bracket (名为"原则性智能体辩论"（PAD）).
        if (start > from && ClosingQuotes.Contains(text[start - 1]))
        {
            start--;
        }

        while (start > from && (CharSets.IsChinese(text[start - 1]) || text[start - 1] is ' ' or '-' || char.IsAsciiLetterOrDigit(text[start - 1])))
        {
            start--;
        }

        return start;
    }

    [GeneratedRegex(@"(?<left>(?:\p{IsCJKUnifiedIdeographs}{2,}|[A-Z][A-Za-z0-9\-]*(?: [A-Za-z0-9\-]+){0,5}))[""”」』]?\s?[(（](?<inner>[^()（）]{1,80})[)）]")]
    internal static partial Regex Definition();

    [GeneratedRegex(@"^(?:以下简称|简称|下称|全称为?|又称为?|也称为?|或称|即)\s*")]
    private static partial Regex AliasPrefix();

    [GeneratedRegex(@"^\s*(?:如|例如|比如|诸如|而非|而不是|不是|并非)")]
    private static partial Regex ExampleOrContrast();

    [GeneratedRegex(@"(?<![A-Za-z])et al(?![A-Za-z])|[,，]\s*(?:19|20)\d{2}[a-z]?\s*$")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-\. ]*$")]
    private static partial Regex LatinName();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}$")]
    private static partial Regex ChineseName();
}
