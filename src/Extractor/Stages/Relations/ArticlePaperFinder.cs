using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// In a one-paper summary (the body opens with <c>作者 …</c>), the article's title names the
/// paper (SCHEMA.md): adds that Paper entity, its authors' AUTHORED edges, and marks it as the
/// article's paper so later finders can resolve 本文/我们/该方法 to it.
/// </summary>
public sealed partial class ArticlePaperFinder : IExtractionStage
{
    /// <summary>The cue recorded on AUTHORED evidence.</summary>
    public const string Cue = "作者";

    private const double AuthoredConfidence = 0.95;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var opening = AuthorOpening().Match(context.Body);
        if (!opening.Success || context.Sentences.Count == 0)
        {
            return;
        }

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
}
