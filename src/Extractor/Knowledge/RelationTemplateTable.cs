using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Reads <c>relation-templates.tsv</c> (<c>RELATION &lt;TAB&gt; template &lt;TAB&gt; confidence</c>) and
/// compiles each template: <c>{A}</c>/<c>{B}</c> become an entity marker (A also a self-reference
/// or anaphor; B also an anaphor or a problem word), <c>{A+}</c>/<c>{B+}</c> a coordinated list of markers, <c>{B+task}</c> such a
/// list of settings whose members may each name the task read on a benchmark (<see cref="SettingTask"/>), <c>…</c> a short gap.
/// A template that starts with <c>{A}</c> gets a second form with the subject dropped at a clause start.
/// </summary>
public static class RelationTemplateTable
{
    /// <summary>The confidence factor of the dropped-subject form.</summary>
    public const double DroppedSubjectFactor = 0.85;

    /// <summary>Options of the templates; their cues are compared with the same case-insensitivity (see <see cref="TemplateCueIndex"/>).</summary>
    /// <remarks>
    /// Only the named groups A and B capture: a template's other groups are alternations, and capturing them cost the
    /// interpreter bookkeeping and every match a Group object each.
    /// <para>
    /// Interpreted on purpose. <see cref="RegexOptions.Compiled"/> costs about 2 s of JIT for these
    /// patterns, more than it saves on the corpus, and in .NET 10 it loses track of its backtracking
    /// stack when the lazy gap <c>{0,6}?</c> gives up at its maximum (dotnet/runtime#129511, fixed
    /// in .NET 11): on the corpus the stack grows until Array.Resize throws.
    /// </para>
    /// <para>
    /// The source generator (<c>[GeneratedRegex]</c> per shipped pattern) shares that bug and, worse,
    /// matches wrongly instead of throwing (on the corpus: two wrong COMPARED_WITH edges, one lost). Writing the gap
    /// as nested alternatives that try the empty one first, <c>(?:|c(?:|c…))</c>, matches the same as
    /// <c>c{0,6}?</c> (checked at every position of every marked corpus sentence) and avoids the bug,
    /// but did not pay on .NET 10 (2 cores): the 71 generated regexes grow the assembly from 0.4 to
    /// 2.1 MB, save at most 0.3 s of warm matching CPU on the corpus, and their JIT adds several
    /// seconds to a cold build (user CPU 15 → 22 s, wall 17 → 24 s, peak RSS +21 MB); the interpreter is
    /// slower on the nested form. Worth trying again on .NET 11 (lazy loop fixed): the published native
    /// executable has no JIT to pay, and the gain is still at most those 0.3 s.
    /// </para>
    /// </remarks>
    internal const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>What <see cref="StartGuard"/> writes.</summary>
    private static readonly Regex GuardShape = new(@"^\(\?=\[(?:\\u[0-9A-F]{4}(?:-\\u[0-9A-F]{4})?)+\]\)", RegexOptions.CultureInvariant);

    /// <summary>
    /// A group of two or more literal alternatives, each sure of its first character (<c>(提出|介绍|…)</c>,
    /// <c>(?:成功地?|可以)</c>), that no <see cref="StartGuard"/> precedes.
    /// </summary>
    private static readonly Regex LiteralAlternation = new(@"(?<!\]\))\((\?:)?((?:[^()\[\]\\{}?*+.^$|](?:[^()\[\]\\{}?*+.^$|]\??)*\|)+[^()\[\]\\{}?*+.^$|](?:[^()\[\]\\{}?*+.^$|]\??)*)\)", RegexOptions.CultureInvariant);

    /// <summary>The characters after which a clause starts, where a dropped-subject form may match.</summary>
    internal const string ClauseBreaks = "，,；;：:";

    private const string Marker = "[\uE000-\uF8FF]";

    /// <summary>
    /// A name after a comma that a connective such as 则 follows opens a clause of its own (Baichuan 2-7B采用RoPE,Baichuan 2-13B则采用ALiBi):
    /// it is the next clause's subject, not one more member of the list before it.
    /// </summary>
    private const string NoNewSubject = "(?!(?<=[,，]\\s*[\uE000-\uF8FF])\\s*[则也还却])";

    /// <summary>
    /// What joins two names of a list, perhaps with a short class noun after the first when a word joins them (<c>使用SwiGLU激活函数和RMSNorm归一化</c>,
    /// <c>在Mip-NeRF 360数据集、Tanks and Temples和Deep Blending上</c>, <c>在CamVid道路场景和SUN RGB-D室内场景上</c>;
    /// before a comma it ends a clause, <c>使用ResNet和MobileViT两种架构，TaFD相比…</c>) or
    /// before the second (<c>推理任务HotpotQA以及编程任务HumanEval</c>, <c>CLIP视觉编码器ViT-L/14和语言模型Vicuna</c>), which a quantifier
    /// after a word may open (<c>由一个知识检索器和一个知识增强编码器组成</c>; after a comma, <c>提出TAPS，一种…方法</c> describes the name);
    /// or an encoder's role alone between a system and the encoder it has (<c>CLIP视觉编码器ViT-L/14</c>), both of them used.
    /// </summary>
    private const string ListSeparator = @"(?:(?:视觉|文本|图像|语音|音频)(?:编码器|解码器)|(?:(?:(?![两三四五六七八九十多几\d][种个类])[\u4e00-\u9fff]){0,3}(?:函数|归一化|机制|模块|算法|架构|技术|策略|优化器|编码器|数据集|基准测试|基准|测试集|语料库|场景|环境|任务)(?=\s*(?:、|和|与|及|以及|或)))?\s*(?:、|,|，|(?:和|与|及|以及|或)\s*(?:一个|一种|一套|一组|多个|多项)?|and|or)\s*(?:[\u4e00-\u9fff]{0,4}(?:任务|数据集|基准|模型))?)";

    /// <summary>
    /// The bracket that opens around an object list's first member after its Chinese gloss, which the gap before the list reads
    /// (<c>结合了动量(Momentum)和RMSProp的思想</c>); <see cref="SizeAfterName"/> or <see cref="GlossClose"/> reads the bracket's end.
    /// </summary>
    private const string GlossOpen = "[(（]?";

    /// <summary>
    /// What may follow a benchmark in a list of settings: the task or measure read on it, named (<c>在ImageNet零样本分类上</c>,
    /// <c>在COCO目标检测上</c>) or, before the next member, described (<c>在ImageNet线性评估、ADE20K语义分割…等任务上</c>); not a place or
    /// a word that ends the setting (上, 中, 的, 等).
    /// </summary>
    private const string SettingTask = @"(?:\s?" + Marker + @"|(?:(?![上中的等])[\u4e00-\u9fff]){1,6}(?=\s*(?:、|和|与|及|以及|或|,|，)))?";

    /// <summary>
    /// The task a benchmark of a list of settings is read on, named before it, perhaps with a short modifier that no word joining
    /// the list opens (<c>在多语言语音识别的FLEURS基准和语音翻译的CoVoST2基准上</c>): a setting too, when the relation takes tasks.
    /// </summary>
    private const string SettingTaskBefore = @"(?:(?:(?![和与及或])[\u4e00-\u9fff]){0,3}" + Marker + @"的\s?)?";

    /// <summary>
    /// A later member's Chinese gloss and the bracket that opens around it (<c>RMSProp和动量(Momentum)</c>); not after a comma, where
    /// Chinese words open a clause of their own (<c>提出了…（A和B），相比传统表征（C和D）</c>).
    /// </summary>
    private const string GlossedOpen = @"(?:(?<![,，]\s*)[\u4e00-\u9fff]{1,6}[(（])?";

    /// <summary>The end of the bracket around a list's last member (<c>RMSProp和动量(Momentum)的思想</c>).</summary>
    private const string GlossClose = "(?:(?<=[(（]" + Marker + ")[)）])?";

    /// <summary>
    /// A short bracket after a list member, such as its size or another name of it (<c>与GPT-J、OPT(66B)和GPT-3(175B)相比</c>,
    /// <c>RLHF（基于人类反馈的强化学习）和PPO</c>, <c>StarCoder(15.5B,33.6%)和WizardCoder</c>), its score (<c>高于GPT-4o的92.8%和Claude 3.5
    /// Sonnet的95.2%</c>), or the end of a bracket that holds the member (<c>动量(Momentum)和RMSProp</c>), which does not end the list.
    /// </summary>
    private const string SizeAfterName = @"(?:[)）]|[(（][^()（），,。；;]{1,40}[)）]|[(（][0-9A-Za-z.%+\-\s,，]{1,20}[)）]|的\d+(?:\.\d+)?%?)?";

    /// <summary>
    /// Cue verbs a gap may not cross, so that <c>提出了基于X的…</c> does not read as introducing X; verbs of making and obtaining, so
    /// that what is made is neither a basis nor used (<c>并基于此构建LongSeeker</c>, <c>通过构建DeceptChain数据集</c>,
    /// <c>通过微调获得Qwen-Image-SciIR模型</c>); and 包含, so that what a thing holds is not what the verb takes
    /// (<c>发布了包含Llama2、Vicuna等LLM的新数据集</c>).
    /// </summary>
    private const string GapBlockers = "基于|使用|利用|采用|通过|提出|开发|构建|推出|发布|获得|得到|包含|相比|对比|比较|优于|超越|胜过|击败|结合|借助|以及|面向|针对|用于|作为";

    /// <summary>Up to six characters, lazily.</summary>
    private static readonly string Gap = "(?:(?!(?:" + GapBlockers + "))[^\uE000-\uF8FF，,。；;：:！？!?()（）、]){0,6}?";

    /// <summary>The fourth field of a template whose subject must be named: it has no dropped-subject form.</summary>
    private const string NamedSubject = "named";

    /// <summary>The fourth field of a template whose dropped subject is the whole its part belongs to (<see cref="RelationTemplate.WholeSubject"/>).</summary>
    private const string WholeSubject = "whole";

    /// <summary>The fourth field of a template read from a name's own phrase (<see cref="RelationTemplate.Apposition"/>).</summary>
    private const string Apposition = "apposition";

    /// <summary>What opens the option of a fourth field that narrows the targets' types (<see cref="RelationTemplate.TargetTypes"/>).</summary>
    private const string TargetPrefix = "to:";

    /// <summary>What a line must hold, for errors.</summary>
    private const string Expected =
        $"expected: RELATION<TAB>template with {{B}}<TAB>confidence, then optionally <TAB>options: {NamedSubject} or {WholeSubject} after a template starting with {{A}}, or {Apposition} after one with {{A}}, and {TargetPrefix}Type|Type to narrow the targets' types";

    /// <summary>Parses and compiles the templates.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <param name="references">Self-references and anaphors that may stand for the source.</param>
    /// <exception cref="DigestInputException">A malformed line or pattern.</exception>
    public static IReadOnlyList<RelationTemplate> Parse(string source, TextReader reader, ReferenceWords references)
    {
        var words = references.Self.Concat(references.Anaphors).OrderByDescending(w => w.Length).ToList();
        var targetWords = references.Anaphors.Concat(references.Problems).OrderByDescending(w => w.Length).ToList();
        var placeholders = new References(
            string.Join('|', words.Select(Regex.Escape)),
            StartGuard(words, markers: true),
            string.Join('|', targetWords.Select(Regex.Escape)),
            StartGuard(targetWords, markers: true));
        var longestA = references.Self.Concat(references.Anaphors).Append("A").Max(w => w.Length);
        var longestB = targetWords.Append("B").Max(w => w.Length);
        var leading = new Dictionary<string, SearchValues<char>>(StringComparer.Ordinal);
        var templates = new List<RelationTemplate>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            var options = fields.Length == 4 ? OptionsOf(fields[3]) : (null, null);
            if (fields.Length is not (3 or 4) || !SchemaNames.TryParseRelation(fields[0], out var type)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence)
                || !fields[1].Contains("{B", StringComparison.Ordinal)
                || options is not var (mode, targetTypes))
            {
                throw new DigestInputException(source, number, Expected);
            }

            if (mode is not null && (!fields[1].Contains("{A", StringComparison.Ordinal) || (mode != Apposition && !fields[1].StartsWith("{A", StringComparison.Ordinal))))
            {
                throw new DigestInputException(source, number, Expected);
            }

            var apposition = mode == Apposition;
            var named = mode == NamedSubject || apposition;
            var whole = mode == WholeSubject;

            try
            {
                var cues = TemplateCue.Required(fields[1]);
                var pattern = Compile(fields[1], placeholders);
                templates.Add(new RelationTemplate(type, fields[1], pattern, confidence, number)
                {
                    Cues = cues,
                    Starts = CueStarts(fields[1], pattern, longestA, longestB, leading),
                    NamedSubject = named,
                    WholeSubject = whole,
                    Apposition = apposition,
                    TargetTypes = targetTypes,
                });
                if (!apposition && DroppedSubjectForm(fields[1]) is { } dropped)
                {
                    // Dropping the subject keeps the rest, so the cues are still required.
                    var droppedPattern = Compile(dropped, placeholders, anchored: true);
                    templates.Add(new RelationTemplate(type, fields[1], droppedPattern, confidence * DroppedSubjectFactor, number)
                    {
                        Cues = cues,
                        Starts = new TemplateStarts(
                            TemplateStarts.Anchor(droppedPattern), AtClauseStart: true, DroppedCueReach(dropped, cues, longestA, longestB), Leading: null),
                        WholeSubject = whole,
                        ContinuedSubject = named,
                        TargetTypes = targetTypes,
                    });
                }
            }
            catch (ArgumentException e)
            {
                throw new DigestInputException(source, number, "bad pattern: " + e.Message);
            }
        }

        return templates;
    }

    /// <summary>
    /// The options of a fourth field, separated by spaces: at most one subject mode (<see cref="NamedSubject"/>, <see cref="WholeSubject"/>,
    /// <see cref="Apposition"/>) and at most one <c>to:</c> list of the entity types the targets must have (<c>to:Model</c>,
    /// <c>to:Tool|Model</c>), narrower than the relation's signature; null when an option is unknown or repeated.
    /// </summary>
    private static (string? Mode, IReadOnlySet<EntityType>? TargetTypes)? OptionsOf(string field)
    {
        string? mode = null;
        HashSet<EntityType>? targetTypes = null;
        foreach (var option in field.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (option is NamedSubject or WholeSubject or Apposition && mode is null)
            {
                mode = option;
            }
            else if (option.StartsWith(TargetPrefix, StringComparison.Ordinal) && targetTypes is null)
            {
                targetTypes = [];
                foreach (var label in option[TargetPrefix.Length..].Split('|'))
                {
                    if (!SchemaNames.TryParseEntityType(label, out var entityType))
                    {
                        return null;
                    }

                    targetTypes.Add(entityType);
                }
            }
            else
            {
                return null;
            }
        }

        return mode is null && targetTypes is null ? null : (mode, targetTypes);
    }

    /// <summary>
    /// A match holds the first cue right after what the template text before it matched, so it
    /// starts at most that text's longest match before an occurrence of the cue.
    /// </summary>
    private static TemplateStarts CueStarts(
        string template, Regex pattern, int longestA, int longestB, Dictionary<string, SearchValues<char>> leading)
    {
        var offset = TemplateCue.FirstOffset(template);
        if (offset < 0 || TemplateReach.Longest(template[..offset], longestA, longestB) is not { } reach)
        {
            return TemplateStarts.Anywhere;
        }

        // A template with a cue has no top-level alternative, so a guard it starts with holds at every match start.
        SearchValues<char>? first = null;
        if (GuardShape.Match(pattern.ToString()) is { Success: true } guard && !leading.TryGetValue(guard.Value, out first))
        {
            leading[guard.Value] = first = Characters(guard.Value);
        }

        return new TemplateStarts(TemplateStarts.Anchor(pattern), AtClauseStart: false, reach, first);
    }

    /// <summary>
    /// How far after a clause's opening and its lead (<see cref="DroppedSubjectLead"/>) a dropped-subject form's first cue
    /// can be: what the form's text before that cue matches at most; null if unbounded or if the form's first cue is not the
    /// template's (the index reports the template's).
    /// </summary>
    private static int? DroppedCueReach(string dropped, IReadOnlyList<IReadOnlyList<string>> cues, int longestA, int longestB)
    {
        var offset = TemplateCue.FirstOffset(dropped);
        return offset >= 0 && cues.Count > 0 && TemplateCue.Required(dropped)[0].SequenceEqual(cues[0])
            && TemplateReach.Longest(dropped[..offset], longestA, longestB) is { } before
            ? before
            : null;
    }

    /// <summary>The characters a <see cref="StartGuard"/> lets through, as the regex engine compares them.</summary>
    private static SearchValues<char> Characters(string guard)
    {
        var every = string.Create(char.MaxValue + 1, 0, (span, _) =>
        {
            for (var c = 0; c < span.Length; c++)
            {
                span[c] = (char)c;
            }
        });
        var passing = new List<char>();
        foreach (var match in new Regex(guard, Options).EnumerateMatches(every))
        {
            passing.Add((char)match.Index);
        }

        return SearchValues.Create(passing.ToArray());
    }

    /// <summary>The template without its leading <c>{A}</c> (and the gap after it), or null.</summary>
    private static string? DroppedSubjectForm(string template)
    {
        foreach (var head in new[] { "{A+}", "{A}" })
        {
            if (template.StartsWith(head, StringComparison.Ordinal))
            {
                var rest = template[head.Length..];
                rest = rest.StartsWith('…') ? rest[1..] : rest;
                return rest.StartsWith(' ') ? null : rest;
            }
        }

        return null;
    }

    /// <summary>
    /// A lookahead that the text starts with a marker (if <paramref name="markers"/>) or the first
    /// character of one of the words: put before an alternation of these it changes no match, and
    /// lets the interpreter reject most positions with one set test instead of trying every word.
    /// Empty if there is no word or an empty one (the alternation then matches anywhere).
    /// </summary>
    private static string StartGuard(IReadOnlyCollection<string> words, bool markers = false) =>
        words.Count == 0 || words.Any(w => w.Length == 0)
            ? string.Empty
            : "(?=[" + (markers ? "\\uE000-\\uF8FF" : string.Empty)
                + string.Concat(words.Select(w => w[0]).Distinct().Order().Select(c => $"\\u{(int)c:X4}")) + "])";

    /// <summary>
    /// The template with a <see cref="StartGuard"/> of its first cue's words where that cue starts,
    /// when the text before it is plain enough (<see cref="TemplateReach"/>) to be sure the offset
    /// is between two items; else the template unchanged.
    /// </summary>
    private static string GuardFirstCue(string template)
    {
        var offset = TemplateCue.FirstOffset(template);
        if (offset < 0 || TemplateReach.Longest(template[..offset], 1, 1) is null)
        {
            return template;
        }

        return template[..offset] + StartGuard(TemplateCue.Required(template)[0]) + template[offset..];
    }

    private static Regex Compile(string template, References references, bool anchored = false)
    {
        // A subject list opens at its name, so that a guard a template opens with holds where a match starts.
        var members = $"{Marker}(?:{SizeAfterName}{ListSeparator}{GlossedOpen}{Marker}{NoNewSubject})*{GlossClose}";
        var list = GlossOpen + members;
        var setting = $"{SettingTaskBefore}{Marker}{SettingTask}";
        var settings = $"{GlossOpen}{setting}(?:{SizeAfterName}{ListSeparator}{GlossedOpen}{setting}{NoNewSubject})*{GlossClose}";
        var (words, anaphors) = (references.Words, references.Anaphors);
        var pattern = new StringBuilder(GuardFirstCue(template))
            .Replace("{A+}", $"{references.WordGuard}(?<A>{members}|{words})")
            .Replace("{A}", $"{references.WordGuard}(?<A>{Marker}|{words})")
            .Replace("{B+task}", $"(?<B>{settings})")
            .Replace("{B+}", $"(?<B>{list})")
            .Replace("{B}", $"{references.AnaphorGuard}(?<B>{Marker}|{anaphors})")
            .Replace("…", Gap)
            .ToString();
        if (anchored)
        {
            // A sentence's first clause may open with a list number (2) 提出APSAM模型), which is no part of the gap.
            pattern = @"(?:^[\s\d()（）.、\-•*]*|(?<=[" + ClauseBreaks + @"]))\s*" + DroppedSubjectLead.Pattern + pattern;
        }

        return new Regex(GuardAlternations(pattern), Options);
    }

    /// <summary>
    /// The pattern with a <see cref="StartGuard"/> at the start of each group of literal alternatives: the same language,
    /// but where a lazy gap or a list tries a class noun after every character (<c>提出了…{0,20}?(方法|框架|模型|…)</c>), the
    /// interpreter tests one set instead of every word (on the corpus, that template's matching time halves).
    /// </summary>
    private static string GuardAlternations(string pattern) =>
        LiteralAlternation.Replace(pattern, group => "(" + group.Groups[1].Value + StartGuard(group.Groups[2].Value.Split('|')) + "(?:" + group.Groups[2].Value + "))");

    /// <summary>The alternations <c>{A}</c> and <c>{B}</c> hold besides a marker, each with its <see cref="StartGuard"/>.</summary>
    private sealed record References(string Words, string WordGuard, string Anaphors, string AnaphorGuard);
}
