using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// <c>本文基于 A 等人的研究工作</c>: the people cited by 等人 wrote the work the article retells, so
/// they AUTHORED the article's paper if it has one, else what the article says it proposes
/// (its contributions and main entity). People a template has already linked to the work their
/// sentence says they proposed (<c>LoRA由Edward Hu等人提出</c>) wrote that work, not the article's.
/// </summary>
public sealed class ContributorAuthorFinder : IExtractionStage
{
    private const double Confidence = 0.7;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var works = context.ArticlePaperKey is { } paper
            ? [paper]
            : context.Contributions.Prepend(context.MainEntityKey)
                .Where(k => k is not null && context.Entities.Any(e => e.Key == k && e.Type is EntityType.Method or EntityType.Model))
                .Select(k => k!)
                .Distinct()
                .ToList();
        foreach (var author in context.Entities.Where(e => e.Type == EntityType.Author))
        {
            var cited = author.Mentions.FirstOrDefault(m => m.Finder == AuthorListFinder.EtAlName);
            if (cited is null || context.Relations.Any(r => r.SourceKey == author.Key && r.Type == RelationType.Authored))
            {
                continue;
            }

            var evidence = new Evidence(context.Article.Id, context.Sentences[cited.SentenceIndex].Text, "等人");
            foreach (var work in works.Where(w => !context.Relations.Any(r => r.SourceKey == author.Key && r.TargetKey == w)))
            {
                context.Relations.Add(new LocalRelation(author.Key, RelationType.Authored, work, evidence, Confidence));
            }
        }
    }
}
