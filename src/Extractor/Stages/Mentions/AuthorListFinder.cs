using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds person names in author lists, typed <see cref="EntityType.Author"/>:
/// <c>作者 A, B, C</c> and <c>by A, B and C</c> (the list ends at the first word that is not a
/// Latin-script name), <c>由 A、B 和 C 合著</c>, and <c>A 等人的研究工作</c>; and people that prose
/// cites as the makers of a work (<c>作者是A和B</c>, <c>由A在2019年提出</c>, <c>A和B提出的</c>, <c>A、B和C的论文</c>). Names of
/// people cited so carry the finder name <see cref="EtAlName"/>, since they wrote the work the
/// article retells rather than the article.
/// </summary>
public sealed partial class AuthorListFinder : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "author-list";

    /// <summary>The finder's name on mentions from <c>A 等人的研究工作</c>.</summary>
    public const string EtAlName = "author-etal";

    /// <summary>
    /// A name in a 作者 list: 1–5 words (<c>Nan Rosemary Ke</c>, <c>Şebnem Sarıözkan</c>, <c>GLM-V Team</c>). Its first letter
    /// may be lower case, as digests copy names clipped or uncapitalised (<c>yousef Sadegheih</c>, <c>zekiel Maina</c>):
    /// the list is the article's opening, so a stricter shape would leave the names after such a one to the Latin name
    /// finder, which takes them for methods.
    /// </summary>
    private const string Person = @"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\.\-]*(?: " + NoTechnique + NoQuestion + @"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\.\-]*){0,4}";

    /// <summary>A lone capital before a colon opens a question, not a name's last word (<c>… Thomas Scialom Q: 这篇论文试图解决什么问题?</c>).</summary>
    private const string NoQuestion = @"(?![A-Z]\s?[:：])";

    /// <summary>
    /// A word that has a lower-case letter and ends in a capital is a technique's name, not a person's (<c>NeRF</c>, <c>LoRA</c>,
    /// <c>vLLM</c>; <c>LeCun</c> and <c>McDonald</c> end in lower case): a blog digest prints the first section's heading
    /// right after the authors (<c>作者:Xu Tao NeRF 神经辐射场…</c>).
    /// </summary>
    private const string NoTechnique = @"(?![A-Za-z]*[a-z][A-Za-z]*[A-Z](?![A-Za-z0-9\-]))";

    /// <summary>A person's name in prose: two to four capitalised words; a given name may join two (<c>Shih-Yang Liu</c>).</summary>
    private const string FullName = @"[A-Z\u00C0-\u00DE][a-z\u00C0-\u024F'’\.\-]+(?:-[A-Z][a-z]+)?(?: [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’\.\-]*){1,3}";

    /// <summary>
    /// A person's name in prose: two to four capitalised words, with initials (<c>Diederik P. Kingma</c>) and particles
    /// (<c>Aaron van den Oord</c>), surnames that join a particle (<c>Yann LeCun</c>, <c>Brendan McMahan</c>) and joined given names
    /// (<c>Shih-Yang Liu</c>); a word of a lab's name (<c>Google Research</c>, <c>Hugging Face</c>) makes it none, and an all-capital
    /// word (<c>Meta AI</c>) ends it. Only a particle may come before a capital inside a word: <c>ResNet</c>, <c>GitHub</c> are works.
    /// </summary>
    internal const string ProseName = @"(?!(?:[A-Z][a-z]+ )+(?:Research|Brain|Labs?|Lab|University|Institute|Team|Group|Face|Cloud|Intelligence|Science|Robotics|Technologies|Systems|Academy|Foundation|Center|Centre|Studio)(?![A-Za-z]))"
        + @"[A-Z][a-z\u00C0-\u024F'’\-]+(?:-[A-Z][a-z]+)?(?: (?:(?:van|von|der|den|de|da|di|du|le|la|del|dos) )*(?:[A-Z]\.|(?:Mc|Mac|Le|De|Di|Da|Du|La|O['’])?[A-Z][a-z\u00C0-\u024F'’\-]+)){1,3}";

    /// <summary>A surname as prose writes it alone (<c>Hinton</c>, <c>LeCun</c>, <c>O’Neil</c>): one capitalised word, no capital inside but after a particle.</summary>
    private const string Surname = @"(?:Mc|Mac|Le|De|Di|Da|Du|La|O['’])?[A-Z][a-z\u00C0-\u024F'’\-]+(?![A-Za-z0-9])";

    /// <summary>A word of sequence between people and where they did something (<c>Quoc Le随后在《…》中提出NASNet</c>).</summary>
    private const string Sequel = "随后|此后|后来|之后|又|也|还";

    /// <summary>The words of <see cref="Sequel"/>.</summary>
    private static readonly string[] SequelWords = Sequel.Split('|');

    /// <summary>
    /// A lab before a person of a list, in its possessive (<c>CMU的Hanxiao Liu、Yiming Yang与DeepMind的Karen Simonyan</c>): the list
    /// goes on past it.
    /// </summary>
    private const string LabOf = @"(?:[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2} ?的 ?)?";

    /// <summary>How far before a paper's 《 a list of people who wrote it may start.</summary>
    private const int MaxPaperWritersReach = 300;

    /// <summary>How far before a paper's 《 two surnames citing it may start.</summary>
    private const int MaxSurnamePairReach = 60;

    /// <summary>How far before a verb a list of people before it may start.</summary>
    private const int MaxProposerReach = 400;

    /// <summary>What people are said to do right after 等人 besides proposing (<c>Bao 等人受 BERT 启发</c>, <c>Xu 等人证明</c>, <c>Baptiste Rozière等人基于Llama 2推出了…</c>, <c>Jonathan Shen等人推出Tacotron 2</c>).</summary>
    private const string PeopleDoingVerbs = "受|将|把|用|通过|基于|借鉴|设计|开发|构建|推出|发布|发明|开源|研究|发现|证明|指出|给出";

    /// <summary>What closes the title of a paper something was proposed in (<c>《…》中提出</c>), spaced apart or not.</summary>
    private static readonly string[] ProposedInPaper = ["》中提出", "》 中提出"];

    /// <summary>The verbs people are cited before: what they proposed, invented or released (<c>Victor Sanh、…和Thomas Wolf发布了DistilBERT</c>).</summary>
    private static readonly string[] ProposerVerbs = ["提出", "发明", "发布"];

    /// <summary>
    /// What researchers, not works, are said to have found or shown (<c>Omer Levy和Yoav Goldberg同年证明</c>, <c>NVIDIA的Thomas Müller、…和
    /// Alexander Keller则给出了另一种思路</c>): said of a list of names, these make the names people.
    /// </summary>
    private const string FindingVerbs = "证明|发现|指出|表明|给出";

    /// <summary>The Chinese words that join the last name of a list to the others (<c>A、B和C</c>).</summary>
    private static readonly SearchValues<char> Conjunctions = SearchValues.Create("和与及");

    /// <summary>How far before a finding verb the list of people before it may start.</summary>
    private const int MaxFinderReach = 200;

    /// <summary>How far before a finding verb the last name of a list may end: past 等人, 同年, 则 or a year (在2021年).</summary>
    private const int MaxFinderGap = 12;

    /// <summary>Where <see cref="EtAl"/> can match: runs of Latin names and separators holding 等 or 等人 and a verb.</summary>
    private static readonly RegexWindows EtAlWindows = new(
        SearchValues.Create([.. CharSets.Range('A', 'Z'), .. CharSets.Range('a', 'z'), .. CharSets.Range('\u00C0', '\u024F'), .. CharSets.WhiteSpace(), .. "'’.-,，、和等人的提出发表完成在于首次最早也据（(受将把用通过基借鉴设计开发构建推出布明源研究发现证明指给年", .. CharSets.Range('0', '9')]),
        ["等人19", "等人20", "等人 19", "等人 20", "等的", "等提出", "等发表", "等完成", "等人的", "等人提出", "等人发表", "等人完成", "等人在", "等人于", "等人首次", "等人最早", "等人也", "等人据", "等人,", "等人，", "等人（", "等人(",
            .. PeopleDoingVerbs.Split('|').Select(verb => "等人" + verb)]);

    /// <summary>Where <see cref="BracketedWriters"/> can match: runs of Latin names and separators in a bracket closed by 等.</summary>
    private static readonly RegexWindows BracketedWriterWindows = new(
        SearchValues.Create([.. CharSets.Range('A', 'Z'), .. CharSets.Range('a', 'z'), .. CharSets.Range('0', '9'), .. CharSets.Range('\u00C0', '\u024F'), .. CharSets.WhiteSpace(), .. "'’.-,，、和与及等人()（）《》;；"]),
        ["等,", "等，", "等)", "等）", "等;", "等；", "等人)", "等人）", "等人,", "等人，"]);

    /// <summary>
    /// Where <see cref="PaperOwners"/> can match: runs of Latin names, separators, 等人 and a venue (<c>在CVPR上</c>) holding 的论文, 的文章,
    /// 的工作 or 发表的《, 发表了《, 发表《.
    /// </summary>
    private static readonly RegexWindows PaperOwnerWindows = new(
        SearchValues.Create([.. CharSets.Range('A', 'Z'), .. CharSets.Range('a', 'z'), .. CharSets.Range('0', '9'), .. CharSets.Range('\u00C0', '\u024F'), .. CharSets.WhiteSpace(), .. "'’.-,，、和与及的论文章工作在于年上共同发表了《等人"]),
        ["的论文", "的文章", "的工作", "发表的《", "发表了《", "发表《"]);

    /// <summary>Where <see cref="MarkedPeople"/> can match: runs of Latin names, spaces and the words that mark a person beside a name.</summary>
    private static readonly RegexWindows MarkedPersonWindows = new(
        SearchValues.Create([.. CharSets.Range('A', 'Z'), .. CharSets.Range('a', 'z'), .. CharSets.Range('\u00C0', '\u024F'), .. CharSets.WhiteSpace(), .. "'’.-的团队课题研究组教授博士得主科学家创始人员"]),
        [" et al", "团队", "课题组", "研究组", "教授", "博士", "得主", "科学家", "创始人", "研究员"]);

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        Add(context, WriterList().Matches(context.Body), Name);
        Add(context, ByList().Matches(context.Body), Name);
        Add(context, CoauthoredList().Matches(context.Body), Name);
        Add(context, EtAlLists(context.Body), EtAlName);
        if (context.Body.Contains("作者", StringComparison.Ordinal))
        {
            Add(context, NamedWriters().Matches(context.Body), EtAlName);
        }

        Add(context, ProposerLists(context.Body).Where(IsCitation), EtAlName);
        Add(context, FinderLists(context.Body), EtAlName);
        Add(context, PaperOwnerWindows.Matches(PaperOwners(), context.Body), EtAlName);
        Add(context, SurnamePairs(context.Body), EtAlName);
        Add(context, PaperWriterLists(context.Body), EtAlName);
        Add(context, BracketedWriterWindows.Matches(BracketedWriters(), context.Body), EtAlName);
        Add(context, MarkedPersonWindows.Matches(MarkedPeople(), context.Body), EtAlName);
    }

    /// <summary>
    /// Two people or more before the paper in which they did something (<c>Rico Sennrich、Barry Haddow和Alexandra Birch在论文《…》中把BPE引入…</c>,
    /// <c>CMU的Hanxiao Liu、Yiming Yang与DeepMind的Karen Simonyan在《DARTS: …》中</c>): the matches of <see cref="PaperWriters"/> in the
    /// stretch of the sentence before each 《 that 在 or 于 leads. One name there is as often a work's (<c>BERT在《…》中</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    internal static IEnumerable<Match> PaperWriterLists(string text)
    {
        for (var open = text.IndexOf('《'); open > 0; open = text.IndexOf('《', open + 1))
        {
            var lead = text.AsSpan(0, open).TrimEnd(' ');
            if (lead.EndsWith("论文", StringComparison.Ordinal) || lead.EndsWith("文章", StringComparison.Ordinal))
            {
                lead = lead[..^2];
            }

            // The year may come between (Joan Bruna、…和Yann LeCun在2014年的《…》中).
            if (YearOfPaper().Match(lead.ToString()) is { Success: true } year)
            {
                lead = lead[..year.Index];
            }

            if (!lead.EndsWith("在", StringComparison.Ordinal) && !lead.EndsWith("于", StringComparison.Ordinal))
            {
                continue;
            }

            var start = Math.Max(text.AsSpan(0, open).LastIndexOfAny("。！？!?\n") + 1, open - MaxPaperWritersReach);
            if (PaperWriters().Match(text, start, open - start) is { Success: true } writers && writers.Groups["person"].Captures.Count > 1)
            {
                yield return writers;
            }
        }
    }

    /// <summary>
    /// Two people named by surname alone who proposed a work in a paper the sentence names (<c>Kipf 和 Welling 在《Semi-Supervised
    /// Classification with Graph Convolutional Networks》中提出的 GCN</c>): the matches of <see cref="SurnamePair"/> in the stretch
    /// before each 《 that a 》中提出 closes. Elsewhere a capitalised word is as often a work (<c>Mamba 和 Transformer</c>).
    /// </summary>
    /// <param name="text">The text.</param>
    internal static IEnumerable<Match> SurnamePairs(string text)
    {
        foreach (var close in ProposedInPaper)
        {
            for (var at = text.IndexOf(close, StringComparison.Ordinal); at >= 0; at = text.IndexOf(close, at + close.Length, StringComparison.Ordinal))
            {
                var open = text.LastIndexOf('《', at);
                if (open > 0)
                {
                    var start = Math.Max(0, open - MaxSurnamePairReach);
                    if (SurnamePair().Match(text, start, open - start) is { Success: true } pair)
                    {
                        yield return pair;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The matches of <see cref="Proposers"/> and <see cref="SurnameProposers"/>, each found in the stretch of its sentence before a 提出 or 发明 that a name, a
    /// year or a title can precede: most such verbs follow Chinese (本文提出), and a scan of every position costs more than the
    /// rest of the finder.
    /// </summary>
    /// <param name="text">The text.</param>
    internal static IEnumerable<Match> ProposerLists(string text)
    {
        var found = new SortedList<int, Match>();
        foreach (var verb in ProposerVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                if (!MayFollowPeople(text, at))
                {
                    continue;
                }

                var start = Math.Max(text.AsSpan(0, at).LastIndexOfAny("。！？!?\n") + 1, at - MaxProposerReach);
                var end = Math.Min(text.Length, at + verb.Length + 1);
                foreach (var pattern in (Regex[])[Proposers(), SurnameProposers()])
                {
                    for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
                    {
                        if (match.Index + match.Length >= at + verb.Length)
                        {
                            found.TryAdd(match.Index, match);
                        }
                    }
                }
            }
        }

        return found.Values;
    }

    /// <summary>
    /// The matches of <see cref="Finders"/>, each found in the stretch of its sentence before a finding verb that a name's last
    /// letter, lower case, comes at most <see cref="MaxFinderGap"/> characters before: the verbs mostly follow Chinese (实验表明).
    /// </summary>
    /// <param name="text">The text.</param>
    internal static IEnumerable<Match> FinderLists(string text)
    {
        var found = new SortedList<int, Match>();
        foreach (var verb in FindingVerbs.Split('|'))
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var near = Math.Max(0, at - MaxFinderGap);
                if (!text.AsSpan(near, at - near).ContainsAnyInRange('a', 'z'))
                {
                    continue;
                }

                // Two names or more are joined before the last one: without a conjunction the pattern cannot match.
                var start = Math.Max(text.AsSpan(0, at).LastIndexOfAny("。！？!?\n") + 1, at - MaxFinderReach);
                var before = text.AsSpan(start, at - start);
                if (before.IndexOfAny(Conjunctions) < 0 && !before.Contains(" and ", StringComparison.Ordinal))
                {
                    continue;
                }

                var end = Math.Min(text.Length, at + verb.Length);
                for (var match = Finders().Match(text, start, end - start); match.Success; match = match.NextMatch())
                {
                    if (match.Index + match.Length == at + verb.Length)
                    {
                        found.TryAdd(match.Index, match);
                    }
                }
            }
        }

        return found.Values;
    }

    /// <summary>Whether what stands right before the verb at <paramref name="at"/> (past 首次, 最早 or 共同, words of sequence, 等人, and spaces) may end a name, a year, a title (《…》中) or a venue (EMNLP 2014上, CVPR 2018).</summary>
    private static bool MayFollowPeople(string text, int at)
    {
        if (at >= 2 && text.AsSpan(at - 2, 2) is "首次" or "最早" or "共同")
        {
            at -= 2;
        }

        // Words of sequence (Tri Dao随后又发布了, LeCun与Bengio等人又提出了), two at most.
        for (var words = 0; words < 2 && SequelWords.FirstOrDefault(w => text.AsSpan(0, at).EndsWith(w, StringComparison.Ordinal)) is { } sequel; words++)
        {
            at -= sequel.Length;
        }

        // A list closed by 等人 (Ian Goodfellow与Yoshua Bengio等人提出了GAN) ends in a name too.
        if (at >= 2 && text.AsSpan(at - 2, 2) is "等人")
        {
            at -= 2;
        }
        else if (at >= 1 && text[at - 1] == '等')
        {
            at--;
        }

        while (at >= 1 && text[at - 1] == ' ')
        {
            at--;
        }

        return at >= 1 && (char.IsAsciiLetter(text[at - 1]) || text[at - 1] == '年' || (at >= 2 && text[at - 1] is '中' or '里' && text[at - 2] == '》')
            || EndsWithYear(text, at)
            || (at >= 2 && text[at - 1] == '上' && char.IsAsciiLetterOrDigit(text[at - 2]))
            || PurposeBefore(text, at) is { } purpose && MayFollowPeople(text, purpose));
    }

    /// <summary>Whether four digits end right before <paramref name="at"/>: a venue's year (<c>在CVPR 2018提出了</c>).</summary>
    private static bool EndsWithYear(string text, int at) => at >= 4 && !text.AsSpan(at - 4, 4).ContainsAnyExceptInRange('0', '9');

    /// <summary>Where a purpose (<c>为日语、韩语语音搜索</c>) that ends right before <paramref name="at"/> starts, if one does.</summary>
    private static int? PurposeBefore(string text, int at)
    {
        for (var i = at - 2; i >= Math.Max(0, at - 21); i--)
        {
            if (text[i] == '为')
            {
                return i;
            }

            if ("，,。；;：:".Contains(text[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a <see cref="Proposers"/> match cites people: two or more names, or one that 由 or 是 leads (<c>由Noam Shazeer提出</c>,
    /// <c>Muon是Keller Jordan在2024年提出的</c>) or that proposes something at a time (<c>Keller Jordan在2024年提出了Muon</c>), since a
    /// lone name before 提出 is as often what was proposed (<c>Skip Tuning于2024年提出</c>) or a work said to propose (<c>Head Forcing提出了…</c>).
    /// A word of sequence before a verb that takes an object counts as a time (<c>Tri Dao随后又发布了FlashAttention-2</c>).
    /// </summary>
    private static bool IsCitation(Match match) =>
        match.Groups["person"].Captures.Count > 1 || match.Groups["lead"].Success
        || ((match.Groups["when"].Success || match.Groups["sequel"].Success) && match.Groups["object"].Success);

    /// <summary>The matches of <see cref="EtAl"/>, found in its windows only.</summary>
    /// <param name="text">The text.</param>
    internal static IEnumerable<Match> EtAlLists(string text) => EtAlWindows.Matches(EtAl(), text);

    private static void Add(ArticleContext context, IEnumerable<Match> matches, string finder)
    {
        foreach (var list in matches)
        {
            foreach (Capture person in list.Groups["person"].Captures)
            {
                // Two forms may read the same person (在《…》中提出 is a proposer's and a paper writer's): one mention each.
                if (context.SentenceAt(person.Index) is { } sentence && !context.Mentions.Exists(m => m.Start == person.Index && m.TypeHint == EntityType.Author))
                {
                    context.Mentions.Add(new Mention(person.Value.Trim(), person.Index, sentence.Index, finder, EntityType.Author));
                }
            }
        }
    }

    // A team's list puts a lone colon among its names (GLM-V Team, :, Wenyi Hong): a separator, not the list's end.
    [GeneratedRegex(@"作者[:：]?\s*(?<person>" + Person + @")(?:\s*[,，、]\s*(?:[:：]\s*[,，、]\s*)?(?:and\s+)?(?<person>" + Person + "))*")]
    private static partial Regex WriterList();

    [GeneratedRegex(@"(?<![A-Za-z])by (?<person>" + FullName + @")(?:\s*,\s*(?:and\s+)?(?<person>" + FullName + @"))*(?:,? and (?<person>" + FullName + "))?")]
    private static partial Regex ByList();

    [GeneratedRegex(@"由\s*(?<person>" + FullName + @")(?:\s*[,，、]\s*(?<person>" + FullName + @"))*(?:\s*(?:和|与|及|and)\s*(?<person>" + FullName + @"))?\s*(?:等人?)?(?:共同)?合著")]
    private static partial Regex CoauthoredList();

    // The writers a sentence names after 作者是 (《Adam: …》,作者是Diederik P. Kingma和Jimmy Ba).
    [GeneratedRegex(@"作者(?:是|为|包括)\s*(?<person>" + ProseName + @")(?:\s*[,，、]\s*(?<person>" + ProseName + @"))*(?:\s*(?:和|与|及|and)\s*(?<person>" + ProseName + "))?")]
    private static partial Regex NamedWriters();

    // People before 提出, perhaps closed by 等人 (Ian Goodfellow与Yoshua Bengio等人提出了GAN), with when or where (在2024年, 于2019年,
    // 在《…》中, 在EMNLP 2014上), spaced apart from Chinese or not (是 Philip Gage 在 1994 年提出的), after a word of sequence (随后在《…》中提出NASNet) and before what it was for
    // (由Mike Schuster和Kaisuke Nakajima在2012年为日语、韩语语音搜索提出).
    [GeneratedRegex(@"(?:(?<lead>由|是) ?|(?<![A-Za-z]))(?<person>" + ProseName + @")(?:\s*[,，、]\s*(?<person>" + ProseName + @"))*(?:\s*(?:和|与|及|and)\s*(?<person>" + ProseName + @"))?\s*(?:等人?)?\s*(?<sequel>(?:" + Sequel + @"){1,2})?\s*(?<when>(?:在|于) ?(?:\d{4} ?年(?:的 ?(?:论文)?《[^》]{1,300}》 ?[中里])?|(?:论文)?《[^》]{1,300}》 ?[中里]|[A-Z][A-Za-z]{1,11} ?(?:\d{4} ?上?|上)))?(?:为[^，,。；;：:]{1,20}?)? ?(?:首次|最早|共同)?(?:提出|发明|发布)(?<object>了)?")]
    private static partial Regex Proposers();

    // Two or more people named by surname alone before what they proposed or invented, perhaps when, after a lab's possessive
    // (Hinton、Vinyals和Dean在2015年提出了知识蒸馏, Google的Schuster和Nakajima最早提出了WordPiece): works are not listed as proposing
    // something, and a lexicon name keeps its own type. One surname alone is as often a work (Mamba提出了).
    [GeneratedRegex(@"(?<![A-Za-z\u00C0-\u024F'’\.\-] ?)" + LabOf + "(?<person>" + Surname + @")(?:\s*[,，、]\s*(?<person>" + Surname + @"))*\s*(?:和|与|及|and)\s*(?<person>" + Surname + @")\s*(?:等人?)?\s*(?:" + Sequel + @"){0,2}\s*(?:(?:在|于) ?\d{4} ?年)?\s*(?:首次|最早|共同)?(?:提出|发明)")]
    private static partial Regex SurnameProposers();

    // A person marked as such by what stands beside the name: a citation's et al. (Vaswani et al.（2017）, （Vaswani et al., 2017）),
    // a team or group they lead (Google Brain的Quoc Le团队, Sergey Levine的团队) or a title (图灵奖得主Yoshua Bengio, 斯坦福大学教授
    // Percy Liang, Percy Liang教授, OpenAI首席科学家Ilya Sutskever). A lab's name is no person's (Amazon Science团队: ProseName).
    [GeneratedRegex(@"(?:得主|科学家|创始人|教授|研究员) ?(?<person>" + ProseName + @")(?![A-Za-z])"
        + @"|(?<![A-Za-z\u00C0-\u024F'’\.\-] ?)(?<person>" + ProseName + @") ?(?:(?:的 ?)?(?:团队|课题组|研究组)|教授|博士)"
        + @"|(?<![A-Za-z\u00C0-\u024F'’\.\-] ?)(?<person>" + ProseName + "|" + Surname + @") et al(?![A-Za-z])")]
    private static partial Regex MarkedPeople();

    // Two or more people who found or showed something, perhaps when or after a word of sequence (Omer Levy和Yoav Goldberg同年证明,
    // …和Alexander Keller则给出了): one name alone is as often a work's (Segment Anything表明).
    [GeneratedRegex(@"(?<![A-Za-z\u00C0-\u024F'’\.\-])(?<person>" + ProseName + @")(?:\s*[,，、]\s*(?<person>" + ProseName + @"))*\s*(?:和|与|及|and)\s*(?<person>" + ProseName + @")\s*(?:等人?)?\s*(?:" + Sequel + @"|同年|则)?\s*(?:(?:在|于) ?\d{4} ?年)?\s*(?:首次|最早|共同|进一步)?(?:" + FindingVerbs + ")")]
    private static partial Regex Finders();

    // Two or more people whose paper a sentence names (DDPM出自Jonathan Ho、Ajay Jain和Pieter Abbeel的论文《…》), perhaps with
    // its venue or year (Robin Rombach和Björn Ommer在CVPR 2022的论文《…》), or who published it (Yaniv Leviathan和Yossi Matias发表的《…》,
    // Geoffrey Hinton、Oriol Vinyals和Jeff Dean在2015年发表的《…》, Jonathan Long、Evan Shelhamer和Trevor Darrell在CVPR上发表了《…》,
    // Ian Goodfellow与Yoshua Bengio等人在NIPS上发表《…》);
    // one name alone before 的论文 is as often a work's (Stable Diffusion的论文).
    [GeneratedRegex(@"(?<![A-Za-z\u00C0-\u024F'’\.\-])(?<person>" + ProseName + @")(?:\s*[,，、]\s*(?<person>" + ProseName + @"))*\s*(?:和|与|及|and|[,，、])\s*(?<person>" + ProseName + @")\s*(?:等人?)?\s*(?:(?:在|于) ?(?:[A-Za-z]{2,12} ?(?:\d{4} ?年? ?)?|\d{4} ?年? ?)(?:上 ?)?)?(?:的(?:论文|文章|工作)|(?:共同)?发表(?:的|了)?《)")]
    private static partial Regex PaperOwners();

    // Two people or more right before 在 or 于 (perhaps with the year, 在1991年的) and the 《 of the paper they did something in, perhaps
    // closed by 等人, after a word of sequence
    // (Zoph、Vijay Vasudevan、Jonathon Shlens和Quoc Le随后在《…》中提出NASNet), a lab's possessive before any of them.
    [GeneratedRegex(@"(?<![A-Za-z\u00C0-\u024F'’\.\-])(?<person>" + ProseName + @")(?:\s*[,，、]\s*" + LabOf + @"(?<person>" + ProseName + @"))*(?:\s*(?:和|与|及|and)\s*" + LabOf + @"(?<person>" + ProseName + @"))?\s*(?:等人?)?\s*(?:" + Sequel + @")?\s*(?:在|于) ?(?:\d{4} ?年的? ?)?(?:论文|文章)? ?$")]
    private static partial Regex PaperWriters();

    /// <summary>A year right before a paper's title, perhaps with 的 (<c>2014年的</c>), at the end of the text before it.</summary>
    [GeneratedRegex(@"\d{4} ?年的? ?$")]
    private static partial Regex YearOfPaper();

    // The people a bracket right after a work or its paper names, closed by 等 (DeepMind的AlphaCode(Yujia Li、David Choi、Oriol
    // Vinyals等,发表于Science), GPT-2论文《…》(Alec Radford等)中), or the first author's surname in a citation with the year
    // (Generative Agents(Park 等, 2023)): they wrote it.
    [GeneratedRegex(@"(?<=[》A-Za-z0-9] ?)[（(]\s*(?:(?<person>" + FullName + @")(?:\s*[,，、和]\s*(?<person>" + FullName + @"))*\s*等人?\s*(?:[,，;；]|[)）])|(?<person>[A-Z][a-z\u00C0-\u024F'’\-]+)\s*等人?\s*[,，]\s*(?:19|20)\d{2}[a-z]?\s*[)）])")]
    private static partial Regex BracketedWriters();

    // Two surnames right before 在 and the 《 of the paper they proposed something in (Kipf 和 Welling 在《…》中提出; 由Rabe和Staats在论文《…》中提出).
    [GeneratedRegex(@"(?<![A-Za-z])(?<person>[A-Z][a-z\u00C0-\u024F'’\-]+) ?(?:和|与|and) ?(?<person>[A-Z][a-z\u00C0-\u024F'’\-]+) ?在 ?(?:论文|文章)? ?$")]
    private static partial Regex SurnamePair();

    // 等人 may come with when the work appeared (Ho等人于2020年提出, Edward Hu等人在2021年提出, John Schulman等人2017年的论文), or end
    // a clause or open a bracket
    // (GShard出自Google的Dmitry Lepikhin等人,论文为…); a bare 等 before 在 lists things.
    // A surname alone cites people too, but only before 等人, never a bare 等 (Rafailov等人提出, Xu 等人在…中; Transformer等方法).
    // 等人 may also come before what the people did (Bao 等人受 BERT 启发提出, Xu 等人证明).
    [GeneratedRegex(@"(?<![A-Za-z])(?:(?<person>" + FullName + @")(?:\s*[,，、和]\s*(?<person>" + FullName + @"))*\s*(?:等人?(?:的|提出|发表|完成)|等人(?: ?\d{4} ?年的|在|于|首次|最早|也|据|[,，（(]|" + PeopleDoingVerbs + @"))|(?<person>[A-Z][a-z\u00C0-\u024F'’\-]{1,})\s*等人(?: ?\d{4} ?年的|的|提出|发表|完成|在|于|首次|最早|" + PeopleDoingVerbs + "))")]
    internal static partial Regex EtAl();
}
