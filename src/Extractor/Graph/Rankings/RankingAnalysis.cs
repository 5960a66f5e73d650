using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Rankings;

/// <summary>
/// Top-N entities by a measure, optionally of one entity type. PageRank and betweenness come
/// from the metrics stored in the graph when it has them (the numbers every export shows), and
/// are computed otherwise.
/// </summary>
/// <param name="graph">The graph.</param>
public sealed class RankingAnalysis(KnowledgeGraph graph)
{
    /// <summary>The highest-scoring entities, ties broken by name then id; entities scoring 0 are left out.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="count">How many to return.</param>
    /// <param name="type">Only entities of this type, or all when null.</param>
    /// <param name="relation">For degrees: count only this relation type.</param>
    public IReadOnlyList<RankedEntity> Top(RankingMeasure measure, int count, EntityType? type = null, RelationType? relation = null)
    {
        var scores = Scores(measure, relation);
        return Enumerable.Range(0, scores.Length)
            .Where(i => scores[i] > 0 && (type is null || graph.Entities[i].Type == type))
            .OrderByDescending(i => scores[i])
            .ThenBy(i => graph.Entities[i].Name, StringComparer.Ordinal)
            .ThenBy(i => i)
            .Take(count)
            .Select((i, rank) => new RankedEntity(rank + 1, graph.Entities[i], scores[i]))
            .ToList();
    }

    private double[] Scores(RankingMeasure measure, RelationType? relation) => measure switch
    {
        RankingMeasure.PageRank => GraphMetrics.PageRanks(graph),
        RankingMeasure.Betweenness => GraphMetrics.Betweenness(graph),
        _ => Degrees.Compute(graph, measure, relation),
    };
}
