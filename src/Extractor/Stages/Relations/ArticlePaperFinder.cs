using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Reads what titles say. In a one-paper summary (the body opens with <c>作者 …</c>, or the title is an English
/// paper title) the article's title names the paper (SCHEMA.md): adds that Paper entity and its authors' AUTHORED edges, and
/// marks it as the article's paper so that later finders resolve 本文/我们 to it. A paper title of
/// the form <c>Name: subtitle</c> (<c>U-Net: Convolutional Networks …</c>, <c>Luban: …</c>) names
/// what the paper introduces; when that is the article's own title, it is the article's main entity.
/// </summary>
/// <param name="heads">Head words that type a name; the head noun of a subtitle types the name before it
/// (<c>PresentBench: A Fine-Grained Rubric-Based Benchmark for Slide Generation</c> → Dataset).</param>
public sealed partial class ArticlePaperFinder(TypeHeads heads) : IExtractionStage
{
    /// <summary>Words that end an English subtitle's head noun phrase (<c>… Benchmark for …</c>, <c>… Model via …</c>).</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "of", "via", "with", "in", "on", "to", "from", "through", "using", "by", "under", "towards", "toward", "against", "beyond", "across", "at", "and", "as",
    };

    /// <summary>Words that open a question, whose title's first part is a headline (<c>When to Re-Plan: …</c>), never a name.</summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "what", "how", "why", "where", "which", "who", "do", "does", "can", "is", "are", "should",
    };

    /// <summary>Labels of a paper's genre, which before a title's colon name no work (<c>Position: AI Agents Should …</c>).</summary>
    private static readonly HashSet<string> Genres = new(StringComparer.OrdinalIgnoreCase)
    {
        "position", "survey", "review", "tutorial", "perspective", "editorial", "commentary", "overview", "opinion",
    };

    /// <summary>The cue recorded on AUTHORED evidence.</summary>
    public const string Cue = "作者";

    /// <summary>The cue recorded on INTRODUCES edges read from a title.</summary>
    public const string TitleCue = "title";

    private const double AuthoredConfidence = 0.95;

    /// <summary>How many sentences a summary opens with, where it names its paper (摘要 …).</summary>
    private const int OpeningSentences = 3;

    /// <summary>The fewest words of an English title that names a paper.</summary>
    private const int MinTitleWords = 4;
    private const double TitleConfidence = 0.85;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var listsAuthors = TitleSentence.OpensWithAuthors(context.Body);
        if ((listsAuthors || IsPaperTitle(context.Article.Title)) && context.Sentences.Count > 0)
        {
            AddArticlePaper(context, listsAuthors);
        }

        if (TitleName(context.Article.Title, context.Article.Body) is { } titleName)
        {
            var titleKey = NameKey.Of(titleName);
            var index = context.Entities.FindIndex(e => e.Key == titleKey);
            var headType = SubtitleHeadType(context.Article.Title, heads);
            if (index < 0 && context.ArticlePaperKey is not null)
            {
                context.Entities.Add(new LocalEntity(titleKey, titleName, headType ?? EntityType.Method, EquatableArray<string>.Empty, EquatableArray<Mention>.Empty));
                index = context.Entities.Count - 1;
            }
            else if (index >= 0 && headType is { } told && context.Entities[index].IsTypeGuessed)
            {
                context.Entities[index] = context.Entities[index] with { Type = told, IsTypeGuessed = false };
            }

            if (index >= 0 && context.Entities[index].Type is EntityType.Method or EntityType.Model)
            {
                context.MainEntityKey = context.Entities[index].Key;
            }
        }

        foreach (var paper in context.Entities.Where(e => e.Type == EntityType.Paper).ToList())
        {
            var title = paper.Key == context.ArticlePaperKey ? context.Article.Title : paper.Name;
            if (TitleName(title) is not { } name
                || FindByKey(context.Entities, NameKey.Of(name)) is not { Type: EntityType.Method or EntityType.Model or EntityType.Dataset } introduced)
            {
                continue;
            }

            var sentence = paper.Mentions.Count > 0 ? context.Sentences[paper.Mentions[0].SentenceIndex].Text : title;
            context.Relations.Add(new LocalRelation(paper.Key, RelationType.Introduces, introduced.Key, new Evidence(context.Article.Id, sentence, TitleCue), TitleConfidence));
        }
    }

    /// <summary>
    /// Whether a title is a paper's own, an English title of four words or more (<c>DINOv2: Learning Robust Visual Features without
    /// Supervision</c>): a post that summarises one paper under its title need not list the authors first.
    /// </summary>
    /// <param name="title">A title.</param>
    internal static bool IsPaperTitle(string title) =>
        !title.Any(CharSets.IsChinese) && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsAsciiLetter)) >= MinTitleWords;

    /// <summary>The name before the colon of a title such as <c>HiPPO: Recurrent Memory …</c>, if it looks like a name.</summary>
    /// <param name="title">A title.</param>
    /// <param name="body">The body under the title, if the title is an article's.</param>
    internal static string? TitleName(string title, string? body = null)
    {
        var match = NamedTitle().Match(title);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        var words = name.Split(' ');
        if (words.Length == 1)
        {
            return Genres.Contains(name) ? null : name;
        }

        // Words in plain case name a work when a Chinese subtitle describes them and the body names them too (Anomaly
        // Transformer：基于关联差异的时间序列异常检测); before an English one, or named by the title alone, they are as likely a
        // headline (Deep Learning: A Review, Neuromorphic Dreaming: 高效学习的未来路径).
        var describedInChinese = CharSets.IsChinese(title[match.Index + match.Length - 1]) && body?.Contains(name, StringComparison.Ordinal) == true;
        return !IsHeadlineOpener(words[0]) && (describedInChinese || words.Any(w => w.Skip(1).Any(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))) ? name : null;
    }

    /// <summary>
    /// Whether a word opens a headline rather than a name: a preposition (<c>Beyond APIs</c>, <c>Towards GUI Agents</c>),
    /// a question word (<c>When AUC Misleads</c>) or a plain gerund (<c>Rethinking IRSTD</c>, <c>Demystifying OPD</c>;
    /// not <c>MoCapAnything</c> or <c>Self-Consolidating</c>, which are parts of names).
    /// </summary>
    private static bool IsHeadlineOpener(string word) =>
        Prepositions.Contains(word) || QuestionWords.Contains(word)
        || (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && char.IsAsciiLetterUpper(word[0]) && !word.AsSpan(1).ContainsAnyExceptInRange('a', 'z'));

    /// <summary>
    /// The type the head noun of a title's subtitle gives the name before the colon: the subtitle's last word before its
    /// first preposition, when it is a head word (<c>… Rubric-Based Benchmark for …</c> → Dataset,
    /// <c>… Vision-Language-Action Model via …</c> → Model, <c>… Defense Framework for …</c> → Method) and the subtitle
    /// does not open with a verb; else null.
    /// </summary>
    /// <param name="title">A title.</param>
    /// <param name="heads">Head words.</param>
    internal static EntityType? SubtitleHeadType(string title, TypeHeads heads)
    {
        var colon = title.IndexOfAny([':', '：']);
        if (colon < 0)
        {
            return null;
        }

        var words = title[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // A subtitle that opens with a verb (Evaluating LLM Agents on …, Taming …) or asks a question is about its object, not the name.
        if (words.Length == 0 || words[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase) || title.EndsWith('?'))
        {
            return null;
        }

        string? last = null;
        foreach (var word in words)
        {
            if (Prepositions.Contains(word))
            {
                break;
            }

            last = word.TrimEnd(',', '.', ';', '?', '!');
        }

        if (string.IsNullOrEmpty(last))
        {
            return null;
        }

        return heads.Exactly(last) ?? (last.Length > 1 && last[^1] == 's' ? heads.Exactly(last[..^1]) : null);
    }

    private static LocalEntity? FindByKey(List<LocalEntity> entities, string key)
    {
        foreach (var entity in entities)
        {
            if (entity.Key == key)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the article's paper, and when the article opens with its author list, their AUTHORED edges. A summary under a
    /// Chinese title has a paper where its text names one (the title itself in 《》, or an English title after 论文) or where
    /// it has an arXiv digest's shape, the author list then 摘要: the title is then the paper's, translated. Else the title is
    /// the writer's own headline over a write-up, and the authors made the work it names (<c>Mistral 7B：以小博大的…</c>), if any.
    /// </summary>
    private static void AddArticlePaper(ArticleContext context, bool listsAuthors)
    {
        var title = context.Article.Title;
        var key = NameKey.Of(title);
        var existing = context.Entities.FindIndex(e => e.Key == key);
        if (existing >= 0)
        {
            context.Entities[existing] = context.Entities[existing] with { Type = EntityType.Paper };
        }
        else if (NamedPaper(context, listsAuthors) is { } named)
        {
            // The summary names its paper by its English title (论文《Visual Instruction Tuning》首次…): that is the paper, and
            // the post's Chinese title another name of it.
            var paper = context.Entities[named];
            context.Entities[named] = paper with { Aliases = EquatableArray<string>.From(paper.Aliases.Append(title)) };
            key = paper.Key;
        }
        else if (!title.Any(CharSets.IsChinese) || (listsAuthors && AbstractAfterAuthors().IsMatch(context.Body)))
        {
            context.Entities.Add(new LocalEntity(key, title, EntityType.Paper, EquatableArray<string>.Empty, EquatableArray<Mention>.Empty));
        }
        else
        {
            if (listsAuthors && TitleName(title, context.Article.Body) is { } name && FindByKey(context.Entities, NameKey.Of(name)) is { Type: EntityType.Method or EntityType.Model } work)
            {
                AddAuthored(context, work.Key);
            }

            return;
        }

        context.ArticlePaperKey = key;
        if (listsAuthors)
        {
            AddAuthored(context, key);
        }
    }

    /// <summary>Adds AUTHORED edges from the people of the opening author list to a work.</summary>
    private static void AddAuthored(ArticleContext context, string workKey)
    {
        var firstSentence = context.Sentences[0];
        var evidence = new Evidence(context.Article.Id, firstSentence.Text, Cue);
        foreach (var author in context.Entities.Where(e => e.Type == EntityType.Author && e.Mentions.Any(m => m.SentenceIndex == firstSentence.Index)))
        {
            context.Relations.Add(new LocalRelation(author.Key, RelationType.Authored, workKey, evidence, AuthoredConfidence));
        }
    }

    /// <summary>
    /// The index of the paper a summary under a Chinese title names as its own in its opening sentences (<c>LLaVA:视觉指令微调…
    /// 论文《Visual Instruction Tuning》首次尝试…</c>, <c>本文《生成式智能体：人类行为的交互式模拟》…</c>), when it names one such paper
    /// only; else null.
    /// </summary>
    /// <param name="context">The article.</param>
    /// <param name="listsAuthors">Whether the text opens with an author list.</param>
    private static int? NamedPaper(ArticleContext context, bool listsAuthors)
    {
        if (!context.Article.Title.Any(CharSets.IsChinese))
        {
            return null;
        }

        // An author list is a sentence of its own before the opening.
        var opening = OpeningSentences + (listsAuthors ? 1 : 0);
        int? found = null;
        for (var i = 0; i < context.Entities.Count; i++)
        {
            var entity = context.Entities[i];
            if (entity.Type == EntityType.Paper && entity.Mentions.Any(m => m.SentenceIndex < opening && NamesItsPaper(context.Body, m.Start, entity.Name)))
            {
                if (found is not null)
                {
                    return null;
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a title at <paramref name="start"/> is the summary's own: after 本文《, in any script (<c>本文《生成式智能体：…》探讨了</c>),
    /// or an English one after 论文《 (a Chinese one there is as often a work the summary cites).
    /// </summary>
    private static bool NamesItsPaper(string body, int start, string name) =>
        Follows(body, start, "本文《") || (!name.Any(CharSets.IsChinese) && Follows(body, start, "论文《"));

    private static bool Follows(string body, int start, string word) =>
        start >= word.Length && body.AsSpan(start - word.Length, word.Length).SequenceEqual(word);

    [GeneratedRegex(@"^\s*作者(?:[:：]|\s)[^。！？!?]*?\s摘要\s*[:：]?")]
    private static partial Regex AbstractAfterAuthors();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9\-\.+]*(?: [A-Za-z0-9][A-Za-z0-9\-\.+]*){0,2})\s*[:：]\s*\S")]
    private static partial Regex NamedTitle();
}
