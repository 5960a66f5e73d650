using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Cards;

/// <summary>Builds entity cards.</summary>
/// <param name="graph">The graph.</param>
public sealed class EntityCards(KnowledgeGraph graph)
{
    /// <summary>The card of an entity.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="relations">How many relations to list each way, the first by type then other end:
    /// only theirs is evidence read from a graph that left it in its file.</param>
    public EntityCard For(Entity entity, int relations = int.MaxValue)
    {
        var position = graph.IndexOf(entity.Id);
        var outgoing = graph.OutRelationsAt(position);
        var incoming = graph.InRelationsAt(position);
        return new EntityCard(
            entity,
            graph.MetricsOf(entity.Id),
            graph.MentionsOf(entity.Id)
                .Select(m => new CardArticle(m.ArticleId, graph.Article(m.ArticleId)?.Title ?? m.ArticleId, m.Count))
                .ToList(),
            First(outgoing, end => end.Target, relations),
            First(incoming, end => end.Source, relations),
            outgoing.Length,
            incoming.Length);
    }

    /// <summary>The first relations by type then other end, sorted before their evidence is read.</summary>
    private List<CardRelation> First(ReadOnlySpan<int> positions, Func<(int Source, int Target), int> other, int count)
    {
        var stored = graph.Data.Relations.AsImmutableArray();
        var ends = graph.RelationEnds;
        var chosen = positions.ToArray()
            .Select(p => (Position: p, Other: graph.Entities[other(ends[p])]))
            .OrderBy(r => stored[r.Position].Type)
            .ThenBy(r => r.Other.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        var withEvidence = graph.WithEvidenceAt(chosen.ConvertAll(r => r.Position));
        return chosen.Select((r, k) => new CardRelation(withEvidence[k], r.Other)).ToList();
    }
}
