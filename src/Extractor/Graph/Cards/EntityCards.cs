using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Cards;

/// <summary>Builds entity cards.</summary>
/// <param name="graph">The graph.</param>
public sealed class EntityCards(KnowledgeGraph graph)
{
    /// <summary>The card of an entity.</summary>
    /// <param name="entity">The entity.</param>
    public EntityCard For(Entity entity) => new(
        entity,
        graph.MetricsOf(entity.Id),
        graph.MentionsOf(entity.Id)
            .Select(m => new CardArticle(m.ArticleId, graph.Article(m.ArticleId)?.Title ?? m.ArticleId, m.Count))
            .ToList(),
        Sorted(graph.OutRelations(entity.Id).Select(r => new CardRelation(r, graph.Entity(r.TargetId)))),
        Sorted(graph.InRelations(entity.Id).Select(r => new CardRelation(r, graph.Entity(r.SourceId)))));

    private static List<CardRelation> Sorted(IEnumerable<CardRelation> relations) =>
        relations.OrderBy(r => r.Relation.Type).ThenBy(r => r.Other.Id, StringComparer.Ordinal).ToList();
}
