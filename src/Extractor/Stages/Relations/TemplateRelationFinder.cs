using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Finds typed relations by matching the relation templates (<c>relation-templates.tsv</c>) against
/// each sentence with its mentions replaced by markers. INTRODUCES runs over the whole article
/// first, so that what 本文/我们 proposes is known (the article's contributions and main entity)
/// before the other relations resolve 本文, 该方法 or a dropped subject to it. An edge is made only
/// when both ends fit the relation's signature, and a pair is linked once per sentence, by the
/// earliest template that matches it.
/// </summary>
/// <param name="knowledge">Templates, reference words and signatures.</param>
public sealed partial class TemplateRelationFinder(ExtractorKnowledge knowledge) : IExtractionStage
{
    /// <summary>Confidence factor when the source is a reference word or context rather than a name.</summary>
    private const double IndirectSourceFactor = 0.9;

    /// <summary>How far into an article (its first two sentences) it says what it presents.</summary>
    private const int MaxPresentingSentence = 1;

    /// <summary>
    /// The last sentence in which a summary whose title names a settled technique may present it as its own: past the author
    /// list and the abstract's first sentence (作者 … 摘要 本文研究了…。作者提出了思维链提示方法).
    /// </summary>
    private const int MaxTitledTechniqueSentence = 3;

    /// <summary>The longest connective before a clause's subject (同时, 此外): longer text makes the name an object.</summary>
    private const int MaxConnectiveBeforeSubject = 2;

    /// <summary>The most characters of a noun phrase that a class word ends (基于LLM的多智能体系统).</summary>
    private const int MaxClassModifier = 6;

    /// <summary>The longest class noun between a sentence's opening modifier and the name it modifies (<c>Meta开源的大模型Llama 2</c>).</summary>
    private const int MaxClassNoun = 4;

    /// <summary>How far after a sentence's opening name a 上 or 中 makes it a place (<c>MMLU基准上</c>).</summary>
    private const int PlaceReach = 8;

    /// <summary>How many sentences back a blog's 该论文 may find the paper it stands for.</summary>
    private const int MaxRetoldPaperDistance = 3;

    /// <summary>What makes a self-reference a paper's (该论文, 这篇论文), not the post's (本文).</summary>
    private const string PaperWord = "论文";

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,；;：:");

    /// <summary>What parts a sentence into stretches that say things of their own.</summary>
    private static readonly SearchValues<char> Semicolons = SearchValues.Create("；;");

    /// <summary>How many sentences back a blog's reporter word (作者) looks for the work it retells: a paragraph's worth.</summary>
    private const int RetoldReach = 3;

    private readonly IReadOnlyList<RelationTemplate> _templates = knowledge.Templates;
    private readonly TemplateCueIndex _cues = new(knowledge.Templates);
    private readonly SettingFrames _settings = new(knowledge.References.Settings, knowledge.References.Objects, knowledge.References.Bases);
    private readonly KnownTechniques _techniques = new(knowledge.Lexicon);
    private readonly VariantHeads _variants = new(new KnownTechniques(knowledge.Lexicon), knowledge.References, knowledge.Heads);
    private readonly int[] _introducing = Positions(knowledge.Templates, introduces: true);
    private readonly int[] _others = Positions(knowledge.Templates, introduces: false);

    /// <summary>
    /// Where each sentence's first cues are, one list per extraction thread that every article reuses: grown afresh for each
    /// article, it was a third of this stage's allocations on the corpus.
    /// </summary>
    [ThreadStatic]
    private static List<(int Slot, int At)>? _cuesAtOfThread;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var cuesAt = _cuesAtOfThread ??= [];
        cuesAt.Clear();
        var matches = new List<Match>();
        var sentences = MarkedSentences(context, cuesAt);
        var introducedIn = new Dictionary<int, List<LocalEntity>>();
        foreach (var (sentence, marked, mayMatch, cues) in sentences)
        {
            Apply(context, sentence, marked, _introducing, mayMatch, CollectionsMarshal.AsSpan(cuesAt)[cues], matches, introducedIn);
        }

        context.MainEntityKey ??= context.Contributions
            .FirstOrDefault(k => context.Entities.Any(e => e.Key == k && e.Type is EntityType.Method or EntityType.Model));
        foreach (var (sentence, marked, mayMatch, cues) in sentences)
        {
            Apply(context, sentence, marked, _others, mayMatch, CollectionsMarshal.AsSpan(cuesAt)[cues], matches, introducedIn);
        }
    }

    /// <summary>
    /// The sentences that name an entity, marked, each with the templates whose cue it holds and
    /// its range of <paramref name="cuesAt"/>, which receives where the first cues occur.
    /// </summary>
    private List<(Sentence Sentence, MarkedSentence Marked, bool[] MayMatch, Range Cues)> MarkedSentences(
        ArticleContext context, List<(int Slot, int At)> cuesAt)
    {
        var (occurrences, starts) = OccurrencesBySentence(context);
        var sentences = new List<(Sentence, MarkedSentence, bool[], Range)>();
        var inOriginal = new bool[_templates.Count];
        foreach (var sentence in context.Sentences)
        {
            // A cue in the marked text lies between markers, so it is in the sentence too: a sentence
            // without cues matches no template and need not be marked.
            var inSentence = occurrences.AsSpan(starts[sentence.Index]..starts[sentence.Index + 1]);
            if (!inSentence.IsEmpty && MayMatchAny(sentence.Text, inOriginal)
                && MarkedSentence.Build(sentence, inSentence) is { Entities.Count: > 0 } marked)
            {
                var mayMatch = new bool[_templates.Count];
                var first = cuesAt.Count;
                _cues.Mark(marked.Text, mayMatch, cuesAt);
                sentences.Add((sentence, marked, mayMatch, first..cuesAt.Count));
            }
        }

        return sentences;
    }

    /// <summary>
    /// The entity mentions of all sentences in one array, each sentence's in entity order; sentence
    /// i's are those from <c>Starts[i]</c> to <c>Starts[i + 1]</c> (sentence indices are positions in
    /// <see cref="ArticleContext.Sentences"/>).
    /// </summary>
    internal static ((LocalEntity Entity, Mention Mention)[] Occurrences, int[] Starts) OccurrencesBySentence(ArticleContext context)
    {
        var count = context.Sentences.Count;
        var starts = new int[count + 1];
        foreach (var entity in context.Entities)
        {
            foreach (var mention in entity.Mentions.AsImmutableArray())
            {
                if ((uint)mention.SentenceIndex < (uint)count)
                {
                    starts[mention.SentenceIndex + 1]++;
                }
            }
        }

        for (var i = 1; i <= count; i++)
        {
            starts[i] += starts[i - 1];
        }

        var occurrences = new (LocalEntity, Mention)[starts[count]];
        var next = starts[..count];
        foreach (var entity in context.Entities)
        {
            foreach (var mention in entity.Mentions.AsImmutableArray())
            {
                if ((uint)mention.SentenceIndex < (uint)count)
                {
                    occurrences[next[mention.SentenceIndex]++] = (entity, mention);
                }
            }
        }

        return (occurrences, starts);
    }

    /// <summary>Whether the text holds all the cues of some template.</summary>
    private bool MayMatchAny(string text, bool[] mayMatch)
    {
        _cues.Mark(text, mayMatch);
        return Array.IndexOf(mayMatch, true) >= 0;
    }

    private void Apply(
        ArticleContext context,
        Sentence sentence,
        MarkedSentence marked,
        int[] templates,
        bool[] mayMatch,
        ReadOnlySpan<(int Slot, int At)> cues,
        List<Match> matches,
        Dictionary<int, List<LocalEntity>> introducedIn)
    {
        HashSet<(string, string)>? linked = null;
        foreach (var position in templates)
        {
            if (!mayMatch[position])
            {
                continue;
            }

            var template = _templates[position];
            matches.Clear();
            TemplateMatches.Find(template, marked.Text, cues, _cues.FirstSlot(position), matches);
            foreach (var match in matches)
            {
                var targets = Targets(context, sentence, marked, template, match.Groups["B"]);
                if (targets.Count == 0)
                {
                    continue;
                }

                var (sources, direct, isSelf) = Sources(context, sentence, marked, template, match, introducedIn);

                // What the article proposes is never a technique the field settled before it: 提出三层层次化Transformer
                // proposes a variant, whose own name, if any, a bracket gives (提出多尺度补丁Transformer（MPDiT））; nor a known
                // model but the one the article is about (引入DINOv3 uses it), or one its opening says it presents right after the
                // verb (本文介绍了phi-1, OpenAI提出GPT-3; not 提出反转CLIP, 提出一种结合三种CNN模型（VGG19、…）). A paper the sentence
                // names is where the technique came from (Transformer出自论文《Attention Is All You Need》). A summary whose title names
                // the technique and whose opening presents it is its own paper's (思维链提示激发大语言模型的推理能力: 作者提出了思维链提示).
                if (template.Type == RelationType.Introduces && (!direct || isSelf))
                {
                    var presentedAt = isSelf && PresentedRightAway(marked.Text, match.Groups["B"].Index) ? sentence.Index : int.MaxValue;
                    targets.RemoveAll(t => (_techniques.Holds(t) && !(presentedAt <= MaxTitledTechniqueSentence && KnownTechniques.TitleNames(context, t)))
                        || (presentedAt > MaxPresentingSentence && _techniques.IsKnownModel(context, t, knowledge.Heads)));
                }

                if (targets.Count == 0)
                {
                    continue;
                }

                if (template.Type == RelationType.Introduces && (isSelf || (direct && sources.All(s => s.Type is EntityType.Paper or EntityType.Author or EntityType.Organization))))
                {
                    // In a blog, what 作者 or 论文 proposes belongs to the work the post retells, not to the post; what a paper the
                    // sentence names proposes is that paper's (《…》提出了 RAG，把 DPR 作为检索器: still the subject of what follows), and
                    // what people or a lab propose is theirs (Sixiao Zheng等人提出SETR，…，在ADE20K上取得了领先结果: SETR is tested there;
                    // Meta发布了Llama 2，并采用了GQA).
                    // A work that proposes a part (SAIL提出了一种…方法，通过…) stays its sentence's subject.
                    var retold = !isSelf || (context.ArticlePaperKey is null && match.Groups["A"] is { Success: true } said && knowledge.References.Reporters.Contains(said.Value));
                    RecordContributions(context, sentence, targets, introducedIn, retold);
                }

                // The cue starts after a list number the match read past (2. 提出APSAM → 提出APSAM).
                var cueStart = Math.Max(match.Index, Math.Min(ListNumbers.ContentStart(marked.Text), match.Index + match.Length));
                var cue = marked.Original(cueStart, match.Index + match.Length - cueStart).Trim();
                var confidence = direct ? template.Confidence : template.Confidence * IndirectSourceFactor;
                // A part that cannot be PART_OF its whole (a model) is one the whole uses (PartRelation).
                var isPart = template.Type == RelationType.PartOf;
                foreach (var source in sources)
                {
                    if (!isPart && !knowledge.Signatures.AllowsSource(template.Type, source.Type))
                    {
                        continue;
                    }

                    foreach (var target in targets)
                    {
                        var pair = string.CompareOrdinal(source.Key, target.Key) < 0 ? (source.Key, target.Key) : (target.Key, source.Key);
                        if (target.Key != source.Key && (isPart ? PartRelation.Between(knowledge.Signatures, source, target) : (template.Type, source, target)) is (var type, var from, var to)
                            && (linked ??= []).Add(pair))
                        {
                            context.Relations.Add(new LocalRelation(
                                from.Key, type, to.Key, new Evidence(context.Article.Id, sentence.Text, cue), Math.Round(confidence, 2)));
                        }
                    }
                }
            }
        }
    }

    /// <summary>Records what a sentence proposes as the sentence's subject and, unless it is a retold or named work's, as the article's contribution.</summary>
    private static void RecordContributions(ArticleContext context, Sentence sentence, List<LocalEntity> targets, Dictionary<int, List<LocalEntity>> introducedIn, bool retold)
    {
        if (!introducedIn.TryGetValue(sentence.Index, out var list))
        {
            introducedIn[sentence.Index] = list = [];
        }

        foreach (var target in targets)
        {
            list.Add(target);
            if (!retold && !context.Contributions.Contains(target.Key))
            {
                context.Contributions.Add(target.Key);
            }
        }
    }

    /// <summary>The source entities of a match, whether a name gave them, and whether they stand for the article itself.</summary>
    private (IReadOnlyList<LocalEntity> Sources, bool Direct, bool IsSelf) Sources(
        ArticleContext context, Sentence sentence, MarkedSentence marked, RelationTemplate template, Match match, Dictionary<int, List<LocalEntity>> introducedIn)
    {
        var type = template.Type;
        // A sentence or a clause about existing work (现有基于LLM的方法…; LLM虽能…，但当前基于LLM的FT方法依赖…) does not speak for
        // the article: an unnamed subject there is not its own.
        var priorWork = knowledge.References.OpensPriorWork(sentence.Text) || ClauseOpensPriorWork(marked.Text, match.Index);
        var group = match.Groups["A"];
        var namesA = group.Success && marked.HasMarkerIn(group.Index, group.Length);
        if (template.NamedSubject && !namesA && knowledge.References.IsSelf(group.Value))
        {
            return ([], false, false);
        }

        // Being one of a class holds whatever else the sentence does with the name (优于GPT-4o和LLaMA-3-70B等大语言模型), and so
        // does what the name's own phrase says (使用HuBERT-Large语音识别模型).
        if (namesA && (type == RelationType.IsA || template.Apposition || template.PlacesSubject || !OnlySettings(marked, group)))
        {
            var named = NamedSources(context, marked, group, priorWork, wholeList: type == RelationType.IsA);

            // A name right before a task and a class noun is the work only when the lexicon knows it: another one there is as
            // often what the task is done on (本文提出了一种两阶段PCB缺陷检测框架, 6D姿态估计方法) as the work (DiT视频生成模型).
            if (template.Apposition && match.Groups["B"] is { Success: true } task && group.Index < task.Index)
            {
                named.RemoveAll(e => !knowledge.Lexicon.TryFind(e.Name, out _));
            }

            // In a one-paper summary, the organisation that opens a sentence proposing or releasing something (OpenAI提出GPT-3,
            // Meta发布Llama 2系列开源大语言模型) stands for the paper's authors: what it proposes, the paper introduces.
            if (type == RelationType.Introduces && context.ArticlePaperKey is not null && !priorWork && named is [{ Type: EntityType.Organization }]
                && marked.Text.AsSpan(0, group.Index).IsWhiteSpace())
            {
                return (Entity(context, context.ArticlePaperKey), false, true);
            }

            return (named, true, named.Exists(e => e.Key == context.ArticlePaperKey));
        }

        // A source that names only settings or objects (在ALFWorld上超越GRPO, 将图Transformer编码器集成到LLaDA) is no source:
        // the subject is dropped, as if the template had matched without it.
        var dropped = !group.Success || namesA;

        // A part named by its role belongs to what the sentence is about, not to a name an earlier clause uses (视觉编码器选用
        // CLIP ViT-L/14，语言模型选用Vicuna: the model they make up uses both).
        if (dropped && template.WholeSubject)
        {
            return (WholeOf(context, sentence, marked, type, priorWork), false, false);
        }

        // A template that needs its subject named takes a dropped one only from the name its sentence opens with, in a later
        // clause (VQ-VAE使用了STE，并引入了commitment loss).
        if (dropped && template.ContinuedSubject)
        {
            return (OpeningSubject(marked, type, match) is { } opening ? [opening] : [], false, false);
        }

        // A clause that a class of work opens (基于VLM的方法虽有上下文感知能力，但…; 而基于LLM的系统缺乏…) has that class as its
        // subject, not the article's method, unless the sentence opens with the name it describes (X：基于MLP的模型，…) or
        // introduces it (提出ARG-Mamba，基于状态空间模型的框架，…).
        if (dropped && Topic(marked) is null && !introducedIn.ContainsKey(sentence.Index) && OpensWithAClassOfWork(marked, match, type))
        {
            return ([], false, false);
        }

        // A blog's setting that opens the sentence holds for every work a later clause opens with, each with its score
        // (在24点游戏上，IO提示的成功率为7.3%，CoT仅为4.0%，而广度为5的ToT达到了74%).
        if (dropped && type == RelationType.EvaluatedOn && context.ArticlePaperKey is null && ListNumbers.ContentStart(marked.Text) == match.Index
            && NamesOpeningClausesAfter(marked, match.Index + match.Length).Where(e => knowledge.Signatures.AllowsSource(type, e.Type)).Distinct().ToList() is [_, ..] tried)
        {
            return (tried, false, false);
        }

        // In a blog, a setting that ends its clause is where the name opening the next clause was tested (在GLUE和SQuAD上，RoBERTa的
        // 成绩…); a summary's setting is its own method's, whatever model the next clause names (在WebShop上，Qwen系列模型的成功率…),
        // and so is its method's when the next clause names it (但在Common Voice…等数据集上，Whisper的相对错误率…).
        if (dropped && type == RelationType.EvaluatedOn && NameOpeningNextClause(marked, match.Index + match.Length) is { } tested
            && (context.ArticlePaperKey is null || tested.Key == context.MainEntityKey)
            && knowledge.Signatures.AllowsSource(type, tested.Type))
        {
            return ([tested], false, false);
        }

        // A dropped subject is the article's at the sentence's start, or later when no name that could propose came
        // before it (发现现有方法的问题，并提出通用的注意力纠正框架Semantic Probe; 解决了风格迁移数据增强在域泛化中的矛盾，
        // 提出了StyleMixDG: a task, a concept or a dataset proposes nothing, nor does a name a verb takes): the whole
        // sentence then has the article as its subject.
        var isSetting = (int at) => _settings.Holds(marked.Text, at);
        var isSettingOrPlace = (int at) => isSetting(at) || IsPlace(marked.Text, at);
        var isSelf = !dropped
            ? knowledge.References.IsSelf(group.Value)
            : !priorWork && (marked.Text.AsSpan(0, match.Index).IsWhiteSpace()
                || (type == RelationType.Introduces && marked.LastMarkerIn(0, match.Index, MayPropose, isSettingOrPlace) < 0));
        if (type == RelationType.Introduces)
        {
            // A blog has no paper of its own: the paper it names (该论文同时推出了MT-Bench基准) is the last one it named.
            if (isSelf && !dropped && context.ArticlePaperKey is null && group.Value.Contains(PaperWord, StringComparison.Ordinal)
                && LastPaperBefore(context, sentence, marked, group.Index) is { } retold)
            {
                return ([retold], false, false);
            }

            return (isSelf ? Entity(context, context.ArticlePaperKey) : [], false, isSelf);
        }

        if (isSelf)
        {
            // In a blog, the people it reports on (作者在词类比…上做了评估, 作者同时与Linformer…做了基准测试) are those of the work it
            // retells there: the name one of the last few sentences opens with.
            if (!dropped && context.ArticlePaperKey is null && knowledge.References.Reporters.Contains(group.Value)
                && RetoldTopic(context, sentence.Index, e => knowledge.Signatures.AllowsSource(type, e.Type)) is { } retoldWork)
            {
                return ([retoldWork], false, false);
            }

            // So is a blog's sentence that drops its subject at its start (Lookahead Decoding是一种…解码方法。在MT-Bench上能带来约1.8倍的
            // 加速): it continues the work a sentence just before opened with, as a later clause does below; not when a work that opens
            // a later clause may be the subject (使用ResNet-50骨干时,DINO训练12个epoch…), nor for a comparison, whose subject a blog
            // names after what it compares with (相比ViT,Swin更适合…).
            var mayBeSubject = (LocalEntity e) => knowledge.Signatures.AllowsSource(type, e.Type);
            var matchEnd = match.Index + match.Length;
            var opensALaterClause = (int at) => OpensAClause(marked.Text, at) && marked.Text.AsSpan(matchEnd, at - matchEnd).IndexOfAny(ClauseBreaks) >= 0;
            if (dropped && context.ArticlePaperKey is null && type != RelationType.ComparedWith
                && marked.LastMarkerIn(matchEnd, marked.Text.Length - matchEnd, mayBeSubject, at => !opensALaterClause(at)) < 0
                && RetoldTopic(context, sentence.Index, mayBeSubject) is { } continuedWork)
            {
                return ([continuedWork], false, false);
            }

            return (Entity(context, context.MainEntityKey), false, true);
        }

        // A later clause that opens with 它 (…Albert Gu和Tri Dao提出的，它在S4的基础上…) has the name it stands for as its subject.
        if (dropped && AnaphorOpeningClause(marked.Text, match.Index) is { } anaphorAt
            && marked.LastEntityIn(0, anaphorAt, e => knowledge.Signatures.AllowsSource(type, e.Type)) is { } antecedent)
        {
            return ([antecedent], false, false);
        }

        // An anaphor that is the subject (作者提出了BarLoss。它使用…; …，它是DreamBooth的核心) stands for what its sentence introduced
        // before it or opens with, or at a sentence's start, for the name the sentence before opens with or introduced (not 它们,
        // which stands for several).
        if (!dropped && knowledge.References.Anaphors.Contains(group.Value) && !marked.Text.AsSpan(group.Index + group.Length).StartsWith("们")
            && AnaphorAntecedent(context, sentence, marked, group.Index, e => knowledge.Signatures.AllowsSource(type, e.Type), introducedIn) is { } antecedentOfWord)
        {
            return ([antecedentOfWord], false, false);
        }

        // What the sentence introduces is its subject (提出X，通过…), but not what a part after a semicolon introduces
        // (…配合解耦头和SimOTA标签分配;同年…又提出了E-ELAN).
        var stretch = marked.Text.AsSpan(match.Index).IndexOfAny(Semicolons);
        var stretchEnd = stretch < 0 ? marked.Text.Length : match.Index + stretch;
        if (dropped && introducedIn.TryGetValue(sentence.Index, out var introduced)
            && introduced.Find(e => knowledge.Signatures.AllowsSource(type, e.Type) && marked.LastEntityIn(0, stretchEnd, named => named.Key == e.Key) is not null) is { } subject)
        {
            return ([subject], false, false);
        }

        var end = group.Success ? group.Index : match.Index;
        var clauseStart = marked.Text.AsSpan(0, Math.Max(0, end - 1) + 1).LastIndexOfAny(ClauseBreaks) + 1;
        var inClauseAt = marked.LastMarkerIn(clauseStart, end - clauseStart, _ => true, isSettingOrPlace);
        if (inClauseAt >= 0)
        {
            // The clause names its own subject: it is the source, or there is none (nor is there for a variant).
            var inClause = marked.EntityOf(marked.Text[inClauseAt]);
            return (knowledge.Signatures.AllowsSource(type, inClause.Type) && !_variants.Holds(context, marked, inClauseAt, priorWork) ? [inClause] : [], false, false);
        }

        // A sentence that opens with a name is about it: later clauses without a subject continue it (PinCLIP是一个用于
        // Pinterest检索的方法，通过混合ViT… : PinCLIP uses ViT), rather than take the nearest name before them.
        // One about a benchmark or a task (1) CV-Arena基准：包含…，通过CogRetriever管线构建) continues it too, so those
        // clauses say nothing of a method, unless the name is where the sentence's work is done (ImageNet上的实验表明…). A name
        // that 上 or 中 follows right away is such a place whatever its type (CLIP中平均池化相比EOS池化…), and no topic.
        if (SubjectTopic(marked, type) is { } topicAt && topicAt < clauseStart && !isSetting(topicAt) && !IsPlace(marked.Text, topicAt))
        {
            var topic = marked.EntityOf(marked.Text[topicAt]);
            if (knowledge.Signatures.AllowsSource(type, topic.Type))
            {
                return ([topic], false, false);
            }

            if (topic.Type is EntityType.Dataset or EntityType.Task && !NamesAPlace(marked.Text, topicAt))
            {
                return ([], false, false);
            }
        }

        // A sentence that opens with what the article uses (本文使用的DYNAP-SE神经形态处理器架构，基于ExLIF模型…) is about that
        // thing, not the article: a later clause without a subject continues it, or has none that fits.
        if (UsedTopic(marked) is { } usedAt && usedAt < clauseStart)
        {
            var used = marked.EntityOf(marked.Text[usedAt]);
            return (knowledge.Signatures.AllowsSource(type, used.Type) ? [used] : [], false, false);
        }

        // A sentence that opens with the article itself (本文提出…框架，通过网格VAE…，在DyMesh上取得…) stays about it. When the
        // article names no method of its own, a template's dropped subject is unnamed, not the nearest name (本文提出将自适应
        // 采样形式化为马尔可夫决策过程（MDP），…，相比ASC: MDP is compared with nothing); a template without a subject still
        // takes the nearest name (我们利用VLMs，如InstructBLIP，对MMADE数据集进行训练: InstructBLIP is trained).
        if (knowledge.References.OpensWithSelf(sentence.Text))
        {
            if (Entity(context, context.MainEntityKey) is [var main] && knowledge.Signatures.AllowsSource(type, main.Type))
            {
                return ([main], false, false);
            }

            if (template.Text.Contains("{A", StringComparison.Ordinal))
            {
                return ([], false, false);
            }
        }

        // The subject a clause drops is one an earlier clause opens with (X通过A实现B，在C上取得…), not any name in it: in
        // 模型大小仅为MedVInT-TD的20%，在SLAKE上提升… the article's model is, not the baseline the first clause measures against.
        var beforeAt = marked.LastMarkerIn(0, clauseStart, e => knowledge.Signatures.AllowsSource(type, e.Type), at => isSetting(at) || !OpensAClause(marked.Text, at));
        if (beforeAt >= 0)
        {
            return (_variants.Holds(context, marked, beforeAt, priorWork) ? [] : [marked.EntityOf(marked.Text[beforeAt])], false, false);
        }

        // A sentence that opens with 它 continues the one before, about the name that sentence opens with (FlashAttention是一种
        // IO感知的算法。它利用在线softmax…), and so does one that opens with 该方法 or the like when the article has no method of
        // its own for it to stand for (the sentence opening with the article took that above): FooPrompt是一种提示方法。该方法在GSM8K上….
        if (!priorWork && (OpensWithIt(sentence.Text) || knowledge.References.OpensWithAnaphorWord(sentence.Text)) && PreviousTopic(context, sentence.Index) is { } previous && knowledge.Signatures.AllowsSource(type, previous.Type))
        {
            return ([previous], false, false);
        }

        // So is a blog's sentence that opens with a reporter word and has no subject for the template (作者在命名实体识别（NER）上做了评估).
        if (!priorWork && context.ArticlePaperKey is null
            && OpeningWords.Find(sentence.Text.AsSpan(ListNumbers.ContentStart(sentence.Text)), knowledge.References.Reporters) is not null
            && RetoldTopic(context, sentence.Index, e => knowledge.Signatures.AllowsSource(type, e.Type)) is { } reportedOn)
        {
            return ([reportedOn], false, false);
        }

        // A blog retells one work after another: a sentence that names no work before the cue, nor stands for one by an anaphor
        // (它们都使用…: several), continues the work a sentence just before opened with (DreamerV3是一种基于世界模型的强化学习算法。
        // 团队在Atari、ProcGen…上进行了测试), not the work the whole article is about.
        var fits = (LocalEntity e) => knowledge.Signatures.AllowsSource(type, e.Type);
        if (!priorWork && context.ArticlePaperKey is null && marked.LastEntityIn(0, match.Index, fits) is null
            && !knowledge.References.Anaphors.Any(a => marked.Text.AsSpan(0, TargetStart(match)).Contains(a, StringComparison.Ordinal))
            && RetoldTopic(context, sentence.Index, fits) is { } continued)
        {
            return ([continued], false, false);
        }

        return (priorWork ? [] : Entity(context, context.MainEntityKey), false, false);
    }

    /// <summary>Where a match's target starts, or where the match ends when it has none.</summary>
    private static int TargetStart(Match match) => match.Groups["B"] is { Success: true } target ? target.Index : match.Index + match.Length;

    /// <summary>
    /// Whether what a match targets comes right after a verb by which an article presents a work as its own (本文介绍了phi-1;
    /// unlike 引入 or 采用).
    /// </summary>
    private static bool PresentedRightAway(string text, int target) => PresentingVerb().IsMatch(text.AsSpan(0, target));

    [GeneratedRegex("(?:介绍|提出|发布|推出|开源)了?$")]
    private static partial Regex PresentingVerb();

    /// <summary>Whether a sentence opens with 它 (not 它们, which stands for several).</summary>
    private static bool OpensWithIt(string sentence)
    {
        var at = ListNumbers.ContentStart(sentence);
        return at + 1 < sentence.Length && sentence[at] == '它' && sentence[at + 1] != '们';
    }

    /// <summary>
    /// The whole a sentence's parts belong to: the name it opens with (not a setting or a place), else, after 它, the name the
    /// sentence before opens with, else in a blog the work it retells there (ALIGN是Google提出的…模型。图像端用EfficientNet,
    /// 文本端用BERT), else the article's main entity outside a sentence about existing work.
    /// </summary>
    private IReadOnlyList<LocalEntity> WholeOf(ArticleContext context, Sentence sentence, MarkedSentence marked, RelationType type, bool priorWork)
    {
        if (Topic(marked) is { } topicAt && !_settings.Holds(marked.Text, topicAt) && !IsPlace(marked.Text, topicAt))
        {
            var topic = marked.EntityOf(marked.Text[topicAt]);
            return knowledge.Signatures.AllowsSource(type, topic.Type) ? [topic] : [];
        }

        if (OpensWithIt(sentence.Text))
        {
            return PreviousTopic(context, sentence.Index) is { } previous && knowledge.Signatures.AllowsSource(type, previous.Type) ? [previous] : [];
        }

        if (!priorWork && context.ArticlePaperKey is null
            && RetoldTopic(context, sentence.Index, e => knowledge.Signatures.AllowsSource(type, e.Type)) is { } retold)
        {
            return [retold];
        }

        return priorWork ? [] : Entity(context, context.MainEntityKey);
    }

    /// <summary>
    /// The entity that one of the <see cref="RetoldReach"/> sentences before opens with, the nearest first, that fits; or null. Items
    /// of a numbered list (<c>（3）状态评估器：…（4）搜索算法，作者使用了BFS</c>) are parts of one work: neither such an item nor a
    /// sentence in it names the work retold.
    /// </summary>
    private static LocalEntity? RetoldTopic(ArticleContext context, int sentenceIndex, Func<LocalEntity, bool> fits)
    {
        if (OpensWithListNumber(context.Sentences[sentenceIndex].Text))
        {
            return null;
        }

        for (var index = sentenceIndex; index > 0 && index > sentenceIndex - RetoldReach; index--)
        {
            if (!OpensWithListNumber(context.Sentences[index - 1].Text) && PreviousTopic(context, index) is { } topic && fits(topic))
            {
                return topic;
            }
        }

        return null;
    }

    /// <summary>Whether a sentence opens with a list number or bullet, white space aside.</summary>
    private static bool OpensWithListNumber(string text) => ListNumbers.ContentStart(text) > text.Length - text.TrimStart().Length;

    /// <summary>
    /// What an anaphor subject at <paramref name="at"/> stands for: what its sentence introduced before it, else the name the
    /// sentence opens with, else, when the anaphor opens the sentence, the name the sentence before opens with or introduced,
    /// unless the article has a method of its own (a summary's 该方法 is its method, whatever the sentence before named).
    /// </summary>
    private static LocalEntity? AnaphorAntecedent(
        ArticleContext context, Sentence sentence, MarkedSentence marked, int at, Func<LocalEntity, bool> fits, Dictionary<int, List<LocalEntity>> introducedIn)
    {
        if (introducedIn.TryGetValue(sentence.Index, out var here)
            && here.Find(e => fits(e) && marked.LastEntityIn(0, at, named => named.Key == e.Key) is not null) is { } introduced)
        {
            return introduced;
        }

        if (Topic(marked) is { } topicAt && topicAt < at && marked.EntityOf(marked.Text[topicAt]) is var topic && fits(topic))
        {
            return topic;
        }

        if (at != ListNumbers.ContentStart(marked.Text) || context.Entities.Exists(e => e.Key == context.MainEntityKey && fits(e)))
        {
            return null;
        }

        return PreviousTopic(context, sentence.Index) is { } previous
            ? (fits(previous) ? previous : null)
            : introducedIn.GetValueOrDefault(sentence.Index - 1)?.Find(e => fits(e));
    }

    /// <summary>The entity whose name the sentence before opens with, or null.</summary>
    private static LocalEntity? PreviousTopic(ArticleContext context, int sentenceIndex)
    {
        if (sentenceIndex == 0)
        {
            return null;
        }

        var previous = context.Sentences[sentenceIndex - 1];
        var opening = previous.Start + ListNumbers.ContentStart(previous.Text);
        foreach (var entity in context.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (mention.SentenceIndex == previous.Index && mention.Start == opening)
                {
                    return entity;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the clause a match starts in opens, after 但 or 而, with a word of existing work (当前, 现有).</summary>
    private bool ClauseOpensPriorWork(string text, int at)
    {
        var clauseStart = text.AsSpan(0, at).LastIndexOfAny(ClauseBreaks) + 1;
        return clauseStart > 0 && knowledge.References.OpensPriorWork(text[clauseStart..at].TrimStart().TrimStart('但', '而', '且'));
    }

    /// <summary>The entity whose name opens the clause right after <paramref name="end"/>, when a comma ends the clause there, or null.</summary>
    private static LocalEntity? NameOpeningNextClause(MarkedSentence marked, int end)
    {
        var text = marked.Text;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        if (end >= text.Length || text[end] is not ('，' or ','))
        {
            return null;
        }

        end++;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end < text.Length && RelationTemplate.IsMarker(text[end]) ? marked.EntityOf(text[end]) : null;
    }

    /// <summary>
    /// The entities whose names open the clauses after the one that ends at <paramref name="end"/>: the next one's right after
    /// its comma (<see cref="NameOpeningNextClause"/>), a later one's perhaps after a connective and a short description ending
    /// in 的 (<c>，而广度为5的ToT达到了74%</c>, <c>，第二轮迭代的M2提升到15.38%</c>). A method the lexicon does not know with a
    /// figure right after 为 is no such work: an unknown metric is typed a method too (<c>，Audit-Gated FacetF1为0.282</c>).
    /// </summary>
    private IEnumerable<LocalEntity> NamesOpeningClausesAfter(MarkedSentence marked, int end)
    {
        if (NameOpeningNextClause(marked, end) is { } next)
        {
            yield return next;
        }

        var text = marked.Text;
        var breakAt = text.AsSpan(end).IndexOfAny(ClauseBreaks);
        if (breakAt < 0 || !text.AsSpan(end, breakAt).IsWhiteSpace())
        {
            yield break;
        }

        for (var at = text.AsSpan(end + breakAt + 1).IndexOfAny(ClauseBreaks) is >= 0 and var first ? end + breakAt + 1 + first : -1; at >= 0;)
        {
            var following = text.AsSpan(at + 1).IndexOfAny(ClauseBreaks);
            var clauseEnd = following < 0 ? text.Length : at + 1 + following;
            if (LaterClauseOpener().Match(text, at + 1, clauseEnd - at - 1) is { Success: true } opener
                && marked.EntityOf(text[opener.Index + opener.Length - 1]) is var named
                && !(named.Type == EntityType.Method && !knowledge.Lexicon.TryFind(named.Name, out _)
                     && MetricReading().IsMatch(text.AsSpan(opener.Index + opener.Length))))
            {
                yield return named;
            }

            at = following < 0 ? -1 : clauseEnd;
        }
    }

    /// <summary>A figure that 为 or 是 gives a name right after it, as a metric's reading is written (<c>为0.282</c>, <c>仅为4.0%</c>).</summary>
    [GeneratedRegex(@"^\s?(?:仅|只|则|也)?(?:为|是)\s?\d")]
    private static partial Regex MetricReading();

    /// <summary>A clause's opening name, after a connective and a short description ending in 的 that compares with nothing (not 高于此前的BC-Zero).</summary>
    [GeneratedRegex(@"\G\s*(?:而|但|且|其中)?\s*(?:(?:(?!高于|低于|优于|超过|超越|不如|逊于|胜过|领先|相比|比|与|和)[^，,。；;：:\uE000-\uF8FF]){1,8}?的)?\s?[\uE000-\uF8FF]")]
    private static partial Regex LaterClauseOpener();

    /// <summary>
    /// Where 它 opens a later clause of the sentence, the clause holding <paramref name="at"/>, or null: the pronoun stands for a
    /// name before it (…Albert Gu和Tri Dao提出的，它在S4的基础上…), while 该方法 stands for the article's method, and 其 opens
    /// other words (其中, 其核心).
    /// </summary>
    private static int? AnaphorOpeningClause(string text, int at)
    {
        var start = text.AsSpan(0, at).LastIndexOfAny(ClauseBreaks) + 1;
        if (start == 0)
        {
            return null;
        }

        while (start < at && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start < at && text[start] == '它' ? start : null;
    }

    /// <summary>Whether an entity could be the one that proposes what a sentence introduces: a problem, a notion or a benchmark cannot.</summary>
    private static bool MayPropose(LocalEntity entity) => entity.Type is not (EntityType.Task or EntityType.Concept or EntityType.Dataset);

    /// <summary>
    /// The entities a group names, but for known techniques named as a variant (<see cref="VariantHeads"/>), with the names
    /// coordinated before a lone one that share what is said of it (<see cref="SharedSubjects"/>), or with every name coordinated
    /// before it when <paramref name="wholeList"/> (what a list is, each member is).
    /// </summary>
    private List<LocalEntity> NamedSources(ArticleContext context, MarkedSentence marked, Group group, bool priorWork, bool wholeList)
    {
        var named = new List<LocalEntity>();
        for (var at = group.Index; at < group.Index + group.Length; at++)
        {
            if (RelationTemplate.IsMarker(marked.Text[at]) && !_variants.Holds(context, marked, at, priorWork))
            {
                named.Add(marked.EntityOf(marked.Text[at]));
            }
        }

        if (group.Length == 1 && named.Count == 1)
        {
            foreach (var at in wholeList ? SharedSubjects.Coordinated(marked.Text, group.Index) : SharedSubjects.Before(marked.Text, group.Index))
            {
                if (!_variants.Holds(context, marked, at, priorWork))
                {
                    named.Add(marked.EntityOf(marked.Text[at]));
                }
            }
        }

        return named;
    }

    /// <summary>
    /// Whether the match's clause opens with a basis word, the match's first target and 的 before a class word (references.tsv)
    /// or a known concept: 基于VLM的方法, 而基于LLM的系统, 基于LLM的多智能体系统, not 基于Transformer的编码器 (a component),
    /// 基于Transformer的病理图像分类框架 (a specific work) nor 基于LLM的Transformer; or, but for what a sentence introduces, with a basis
    /// phrase that the first target heads (<see cref="HeadsABasisPhrase"/>).
    /// </summary>
    private bool OpensWithAClassOfWork(MarkedSentence marked, Match match, RelationType type)
    {
        var target = match.Groups["B"];
        if (!target.Success)
        {
            return false;
        }

        var text = marked.Text;
        var at = text.AsSpan(target.Index, target.Length).IndexOfAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker);
        if (at < 0)
        {
            return false;
        }

        at += target.Index;
        var clauseStart = text.AsSpan(0, at).LastIndexOfAny(ClauseBreaks) + 1;
        var opening = text.AsSpan(clauseStart, at - clauseStart).Trim();
        opening = opening[ListNumbers.ContentStart(opening)..].TrimStart("而但且并");
        // What a phrase made on a basis names is still made by the article (基于此构建的X基准在…).
        if (type != RelationType.Introduces && HeadsABasisPhrase(opening))
        {
            return true;
        }

        if (at + 2 >= text.Length || text[at + 1] != '的' || !IsBasis(opening))
        {
            return false;
        }

        // A known model class after 的 is a class word too (基于LLM的多智能体系统需要…), unless a name follows it.
        if (RelationTemplate.IsMarker(text[at + 2]))
        {
            return marked.EntityOf(text[at + 2]).Type == EntityType.Concept && (at + 3 >= text.Length || !RelationTemplate.IsMarker(text[at + 3]));
        }

        // The class word may end a short noun phrase in a sentence on what falls short (基于LLM的多智能体系统需要…，但…).
        for (var start = at + 2; start <= Math.Min(text.Length - 1, at + 2 + MaxClassModifier); start++)
        {
            if (start > at + 2 && !IsChineseWord(text[start - 1]))
            {
                return false;
            }

            var kind = knowledge.References.Classes.FirstOrDefault(c => string.CompareOrdinal(text, start, c, 0, c.Length) == 0);
            if (kind is not null)
            {
                return (start + kind.Length >= text.Length || !RelationTemplate.IsMarker(text[start + kind.Length]))
                    && (start == at + 2 || knowledge.References.SpeaksOfLimits(text));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text before a name is a basis, a modifier that names nothing, and 的 (基于结果的强化学习提供…, 2）基于射线的加权蒸馏（RWD）):
    /// the name heads the phrase, which is the clause's subject or a part the article makes, so its basis is the modifier, not the
    /// name. A modifier that says the name is taken as it is (基于冻结的CLIP骨干，…; 基于微调的BERT编码器构建…) keeps the name the basis.
    /// </summary>
    private bool HeadsABasisPhrase(ReadOnlySpan<char> opening)
    {
        if (opening.Length < 2 || opening[^1] != '的' || HoldsMarker(opening))
        {
            return false;
        }

        foreach (var basis in knowledge.References.Bases)
        {
            if (opening.StartsWith(basis, StringComparison.Ordinal) && opening.Length > basis.Length + 1)
            {
                return !knowledge.References.NamesTheOriginal(opening[basis.Length..^1]);
            }
        }

        return false;
    }

    /// <summary>Whether a character may be part of a Chinese noun phrase: a CJK ideograph other than 的.</summary>
    private static bool IsChineseWord(char c) => CharSets.IsChinese(c) && c != '的';

    /// <summary>Whether a text is exactly one of the basis words (基于).</summary>
    private bool IsBasis(ReadOnlySpan<char> text) => IsOneOf(text, knowledge.References.Bases);

    /// <summary>
    /// Whether a marker opens its clause: at most a short connective (而, 并, 同时) stands between it and the clause break
    /// before it, or a modifier ending in 的 (特别是经过微调后的InstructBLIP模型，…); an object word's modifier is a setting's,
    /// and one that opens with an object word modifies an object (将…建模为强度剖面之间的Wasserstein-2重心位移，…); nor does a name
    /// that 上 or 中 follows, which is a place. A name right after the clause's subject is none (DINO在DETR类方法的基础上…，在COCO上达到…).
    /// </summary>
    private bool OpensAClause(string text, int at)
    {
        var start = text.AsSpan(0, at).LastIndexOfAny(ClauseBreaks) + 1;
        var before = text.AsSpan(start, at - start).Trim();
        var content = ListNumbers.ContentStart(before);
        return ((before.Length - content <= MaxConnectiveBeforeSubject && !HoldsMarker(before)) || (before.EndsWith("的") && !_settings.OpensWithObjectWord(before[content..])))
            && !IsPlace(text, at);
    }

    /// <summary>Whether a stretch of marked text names anything.</summary>
    private static bool HoldsMarker(ReadOnlySpan<char> text) => text.IndexOfAnyInRange(RelationTemplate.FirstMarker, RelationTemplate.LastMarker) >= 0;

    /// <summary>Whether 上 or 中 follows a name right away (<c>TSP-1000上0.31%，优于FT2T</c>): it says where, not who.</summary>
    private static bool IsPlace(string text, int at) => at + 1 < text.Length && text[at + 1] is '上' or '中';

    /// <summary>Whether the name at a marker is where something happens (<c>ImageNet上</c>, <c>X数据集中</c>): 上 or 中 follows it before a clause break.</summary>
    private static bool NamesAPlace(string text, int at)
    {
        var after = text.AsSpan(at + 1, Math.Min(PlaceReach, text.Length - at - 1));
        var place = after.IndexOfAny('上', '中');
        return place >= 0 && after[..place].IndexOfAny(ClauseBreaks) < 0;
    }

    /// <summary>
    /// The name a sentence opens with (<see cref="SubjectTopic"/>) as the source of a match in a later clause, when it can be
    /// one: not a setting or a place (在COCO上…，引入了…).
    /// </summary>
    private LocalEntity? OpeningSubject(MarkedSentence marked, RelationType type, Match match)
    {
        var clauseStart = marked.Text.AsSpan(0, Math.Max(0, match.Index - 1) + 1).LastIndexOfAny(ClauseBreaks) + 1;
        if (SubjectTopic(marked, type) is not { } topicAt || topicAt >= clauseStart || _settings.Holds(marked.Text, topicAt) || IsPlace(marked.Text, topicAt))
        {
            return null;
        }

        var topic = marked.EntityOf(marked.Text[topicAt]);
        return knowledge.Signatures.AllowsSource(type, topic.Type) ? topic : null;
    }

    /// <summary>The position of the marker a sentence opens with (after white space and a list number), if it opens with one.</summary>
    private static int? Topic(MarkedSentence marked)
    {
        var at = ListNumbers.ContentStart(marked.Text);
        return at < marked.Text.Length && RelationTemplate.IsMarker(marked.Text[at]) ? at : null;
    }

    /// <summary>
    /// The position of the name a sentence is about for a relation: the one it opens with (<see cref="Topic"/>), unless that
    /// one cannot be the relation's source and it opens a modifier of another (<c>Meta开源的大模型Llama 2…</c>), else the one
    /// an opening modifier leads to (<see cref="ModifiedTopic"/>).
    /// </summary>
    private int? SubjectTopic(MarkedSentence marked, RelationType type)
    {
        var opening = Topic(marked);
        return opening is { } at && knowledge.Signatures.AllowsSource(type, marked.EntityOf(marked.Text[at]).Type)
            ? opening
            : ModifiedTopic(marked) ?? opening;
    }

    /// <summary>
    /// The position of the name a sentence's first clause opens with behind a modifier that ends in 的, perhaps with a short
    /// class noun after it: a modifier that says who made it (<c>2021年旷视推出的YOLOX转向…，配合解耦头…</c>, <c>Meta开源的大模型Llama 2…</c>)
    /// or a word of a narrative's next step (succession-openers.txt: <c>随后的YOLOv3…</c>). That name is what the sentence is about,
    /// as the name a sentence opens with is (<see cref="Topic"/>). Not one behind another modifier (<c>本文提出了一种改进的知识蒸馏框架，…</c>:
    /// the article's own work, a kind of distillation; <c>所提出的自包含TTS→STT飞轮…</c>), nor one that a place word comes between.
    /// </summary>
    private int? ModifiedTopic(MarkedSentence marked)
    {
        var text = marked.Text.AsSpan();
        var start = ListNumbers.ContentStart(marked.Text);
        var clause = text[start..];
        var clauseEnd = clause.IndexOfAny(ClauseBreaks);
        clause = clauseEnd < 0 ? clause : clause[..clauseEnd];
        var of = clause.IndexOf('的');
        if (of < 1 || !(HoldsMarker(clause[..of]) ? OnlyMakersIn(marked, start, of) : IsSuccessionOpener(clause[..of])))
        {
            return null;
        }

        for (var at = of + 1; at < clause.Length && at <= of + 1 + MaxClassNoun; at++)
        {
            if (RelationTemplate.IsMarker(clause[at]))
            {
                return start + at;
            }

            if (!IsChineseWord(clause[at]) || clause[at] is '上' or '中' or '里')
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a text is exactly one of the words.</summary>
    private static bool IsOneOf(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (text.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a text is exactly one of the words that open a narrative's next step (succession-openers.txt: 随后, 后续).</summary>
    private bool IsSuccessionOpener(ReadOnlySpan<char> text) => IsOneOf(text, knowledge.SuccessionOpeners);

    /// <summary>Whether every name in a stretch of marked text is a person's or an organisation's: those who make a work.</summary>
    private static bool OnlyMakersIn(MarkedSentence marked, int start, int length)
    {
        for (var at = start; at < start + length; at++)
        {
            if (RelationTemplate.IsMarker(marked.Text[at]) && marked.EntityOf(marked.Text[at]).Type is not (EntityType.Author or EntityType.Organization))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The position of the marker a sentence opens with after a self-reference, an object word and 的 (<c>本文使用的</c>,
    /// <c>我们所采用的</c>), if it opens so: the name of what the article uses.
    /// </summary>
    private int? UsedTopic(MarkedSentence marked)
    {
        var text = marked.Text.AsSpan();
        var at = ListNumbers.ContentStart(marked.Text);
        if (OpeningWords.Find(text[at..], knowledge.References.Self) is not { } self)
        {
            return null;
        }

        at += text[at..].IndexOf(self, StringComparison.Ordinal) + self.Length;
        if (text[at..].StartsWith("所", StringComparison.Ordinal))
        {
            at++;
        }

        if (OpeningWords.Find(text[at..], knowledge.References.Objects) is not { } used || !text[(at + used.Length)..].StartsWith("的", StringComparison.Ordinal))
        {
            return null;
        }

        at += used.Length + 1;
        return at < text.Length && RelationTemplate.IsMarker(text[at]) ? at : null;
    }

    /// <summary>Whether every name in a group is framed as a setting (在ALFWorld上超越GRPO): none of them is the subject.</summary>
    private bool OnlySettings(MarkedSentence marked, Group group)
    {
        var text = marked.Text;
        for (var at = group.Index; at < group.Index + group.Length; at++)
        {
            // A paper a setting frames is where its work is proposed, and so the one that proposes it (在《…》中提出了SigLIP).
            if (RelationTemplate.IsMarker(text[at]) && (!_settings.Holds(text, at) || marked.EntityOf(text[at]).Type == EntityType.Paper))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The targets of a match: its named entities, or for an anaphor the nearest fitting entity before it, in the sentence or
    /// else the last one the sentence before names (SSM…。一般认为它的开篇之作是2021年的S4); for a problem word the nearest task
    /// (…在长度外推上效果较差。…提出了位置内插来解决这个问题).
    /// </summary>
    private List<LocalEntity> Targets(ArticleContext context, Sentence sentence, MarkedSentence marked, RelationTemplate template, Group group)
    {
        var type = template.Type;
        var named = marked.EntitiesIn(group.Index, group.Length);
        if (named.Count == 0)
        {
            if (!group.Success)
            {
                return named;
            }

            // An anaphor that a verb or preposition takes (将其映射到…, 与其最优上下文匹配) stands for something of its own sentence,
            // often unnamed: only one that the sentence is about may reach back to the sentence before.
            // A problem word (这个问题) stands for a task only.
            var problem = IsProblemWord(marked.Text.AsSpan(group.Index, group.Length));
            var fits = (LocalEntity e) => Fits(template, e) && (!problem || e.Type == EntityType.Task);
            var inSentence = marked.LastEntityIn(0, group.Index, fits);
            var reachesBack = inSentence is null && !EndsWithObjectWord(marked.Text.AsSpan(0, group.Index));
            return (inSentence ?? (reachesBack ? LastNamedIn(context, sentence.Index - 1, fits) : null)) is { } before ? [before] : named;
        }

        if (type is RelationType.Uses or RelationType.AppliedTo or RelationType.ComparedWith or RelationType.EvaluatedOn
            && QualifiedHead(marked, group) is { } head && !Fits(template, named[^1]))
        {
            named.Add(head);
        }

        var kept = 0;
        for (var i = 0; i < named.Count; i++)
        {
            if (Fits(template, named[i]))
            {
                named[kept++] = named[i];
            }
        }

        named.RemoveRange(kept, named.Count - kept);
        if (named.Count > 0)
        {
            named.RemoveAll(e => QualifiesNextName(marked, group, e));
        }

        return named;
    }

    /// <summary>Whether an entity may be a target of the template: its relation's signature and the template's own narrowing allow its type.</summary>
    private bool Fits(RelationTemplate template, LocalEntity entity) =>
        knowledge.Signatures.AllowsTarget(template.Type, entity.Type) && template.TargetTypes?.Contains(entity.Type) != false;

    /// <summary>
    /// The name right after the target's last name, with nothing between, or null: when the target's name cannot be one, it
    /// only qualifies that head (采用标准的编码器-解码器Transformer架构: Transformer is used). Read for what is used, applied to,
    /// compared with or evaluated on, not for what is proposed or built on, where the head is as often a word of a longer
    /// description (提出了首个多轮强化学习RVOS框架, 基于ALFRED具身智能基准构建).
    /// </summary>
    private static LocalEntity? QualifiedHead(MarkedSentence marked, Group group)
    {
        var end = group.Index + group.Length;
        if (end == 0 || !RelationTemplate.IsMarker(marked.Text[end - 1]))
        {
            return null;
        }

        while (end < marked.Text.Length && char.IsWhiteSpace(marked.Text[end]))
        {
            end++;
        }

        return end < marked.Text.Length && RelationTemplate.IsMarker(marked.Text[end]) ? marked.EntityOf(marked.Text[end]) : null;
    }

    /// <summary>
    /// Whether a name of the target is right before another of its names that is no task, which it then only qualifies
    /// (<c>在自动驾驶世界模型中</c> is no setting of 自动驾驶, <c>在Atari游戏Pong中</c> names Pong); the task read on a benchmark may follow
    /// it (<c>在COCO目标检测上</c>). Only a list of settings (<c>{B+task}</c>) holds two names with nothing between.
    /// </summary>
    private static bool QualifiesNextName(MarkedSentence marked, Group group, LocalEntity entity)
    {
        var span = marked.Text.AsSpan(group.Index, group.Length);
        for (var at = 0; at < span.Length; at++)
        {
            if (!RelationTemplate.IsMarker(span[at]) || marked.EntityOf(span[at]) != entity)
            {
                continue;
            }

            var next = at + 1;
            while (next < span.Length && char.IsWhiteSpace(span[next]))
            {
                next++;
            }

            if (next < span.Length && RelationTemplate.IsMarker(span[next]) && marked.EntityOf(span[next]).Type != EntityType.Task)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text is a problem word (references.tsv: 这个问题, 这一挑战).</summary>
    private bool IsProblemWord(ReadOnlySpan<char> text) => IsOneOf(text, knowledge.References.Problems);

    /// <summary>Whether the text ends with an object word (references.tsv: 将, 与, 通过 …).</summary>
    private bool EndsWithObjectWord(ReadOnlySpan<char> text)
    {
        foreach (var word in knowledge.References.Objects)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity whose mention starts last in a sentence, among those that fit, or null.</summary>
    /// <summary>The paper named last before <paramref name="at"/> in the sentence, else in the few sentences before it.</summary>
    private static LocalEntity? LastPaperBefore(ArticleContext context, Sentence sentence, MarkedSentence marked, int at)
    {
        static bool IsPaper(LocalEntity e) => e.Type == EntityType.Paper;
        if (marked.LastEntityIn(0, at, IsPaper) is { } inSentence)
        {
            return inSentence;
        }

        for (var before = sentence.Index - 1; before >= Math.Max(0, sentence.Index - MaxRetoldPaperDistance); before--)
        {
            if (LastNamedIn(context, before, IsPaper) is { } paper)
            {
                return paper;
            }
        }

        return null;
    }

    private static LocalEntity? LastNamedIn(ArticleContext context, int sentenceIndex, Func<LocalEntity, bool> fits)
    {
        LocalEntity? last = null;
        var lastStart = -1;
        foreach (var entity in context.Entities)
        {
            if (!fits(entity))
            {
                continue;
            }

            foreach (var mention in entity.Mentions.AsImmutableArray())
            {
                if (mention.SentenceIndex == sentenceIndex && mention.Start > lastStart)
                {
                    (last, lastStart) = (entity, mention.Start);
                }
            }
        }

        return last;
    }

    private static IReadOnlyList<LocalEntity> Entity(ArticleContext context, string? key) =>
        key is not null && context.Entities.Find(e => e.Key == key) is { } entity ? [entity] : [];

    private static int[] Positions(IReadOnlyList<RelationTemplate> templates, bool introduces) =>
        Enumerable.Range(0, templates.Count).Where(i => (templates[i].Type == RelationType.Introduces) == introduces).ToArray();
}
