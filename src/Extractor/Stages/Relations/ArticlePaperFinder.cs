using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Reads what titles say. In a one-paper summary (the body opens with <c>作者 …</c>) the article's
/// title names the paper (SCHEMA.md): adds that Paper entity and its authors' AUTHORED edges, and
/// marks it as the article's paper so that later finders resolve 本文/我们 to it. A paper title of
/// the form <c>Name: subtitle</c> (<c>U-Net: Convolutional Networks …</c>, <c>Luban: …</c>) names
/// what the paper introduces; when that is the article's own title, it is the article's main entity.
/// </summary>
public sealed partial class ArticlePaperFinder : IExtractionStage
{
    /// <summary>The cue recorded on AUTHORED evidence.</summary>
    public const string Cue = "作者";

    /// <summary>The cue recorded on INTRODUCES edges read from a title.</summary>
    public const string TitleCue = "title";

    private const double AuthoredConfidence = 0.95;
    private const double TitleConfidence = 0.85;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        if (AuthorOpening().IsMatch(context.Body) && context.Sentences.Count > 0)
        {
            AddArticlePaper(context);
        }

        if (TitleName(context.Article.Title) is { } titleName)
        {
            var titleKey = NameKey.Of(titleName);
            var index = context.Entities.FindIndex(e => e.Key == titleKey);
            if (index < 0 && context.ArticlePaperKey is not null)
            {
                context.Entities.Add(new LocalEntity(titleKey, titleName, EntityType.Method, EquatableArray<string>.Empty, EquatableArray<Mention>.Empty));
                index = context.Entities.Count - 1;
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

    /// <summary>The name before the colon of a title such as <c>HiPPO: Recurrent Memory …</c>, if it looks like a name.</summary>
    /// <param name="title">A title.</param>
    internal static string? TitleName(string title)
    {
        var match = NamedTitle().Match(title);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        var words = name.Split(' ');
        return words.Length == 1 || words.Any(w => w.Skip(1).Any(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))) ? name : null;
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

    private static void AddArticlePaper(ArticleContext context)
    {
        var title = context.Article.Title;
        var key = NameKey.Of(title);
        var existing = context.Entities.FindIndex(e => e.Key == key);
        if (existing >= 0)
        {
            context.Entities[existing] = context.Entities[existing] with { Type = EntityType.Paper };
        }
        else
        {
            context.Entities.Add(new LocalEntity(key, title, EntityType.Paper, EquatableArray<string>.Empty, EquatableArray<Mention>.Empty));
        }

        context.ArticlePaperKey = key;
        var firstSentence = context.Sentences[0];
        var evidence = new Evidence(context.Article.Id, firstSentence.Text, Cue);
        foreach (var author in context.Entities.Where(e => e.Type == EntityType.Author && e.Mentions.Any(m => m.SentenceIndex == firstSentence.Index)))
        {
            context.Relations.Add(new LocalRelation(author.Key, RelationType.Authored, key, evidence, AuthoredConfidence));
        }
    }

    [GeneratedRegex(@"^\s*作者[:：]?\s")]
    private static partial Regex AuthorOpening();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9\-\.+]*(?: [A-Za-z0-9][A-Za-z0-9\-\.+]*){0,2})\s*[:：]\s*\S")]
    private static partial Regex NamedTitle();
}
