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
        var order = Comparer<int>.Create((a, b) =>
        {
            var byScore = scores[b].CompareTo(scores[a]);
            var byName = byScore != 0 ? byScore : string.CompareOrdinal(graph.Entities[a].Name, graph.Entities[b].Name);
            return byName != 0 ? byName : a.CompareTo(b);
        });

        // Keep the best `count` in a heap whose root is the worst kept, instead of sorting everything.
        var kept = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => order.Compare(b, a)));
        for (var i = 0; i < scores.Length && count > 0; i++)
        {
            if (scores[i] <= 0 || (type is not null && graph.Entities[i].Type != type))
            {
                continue;
            }

            if (kept.Count < count)
            {
                kept.Enqueue(i, i);
            }
            else if (order.Compare(i, kept.Peek()) < 0)
            {
                kept.EnqueueDequeue(i, i);
            }
        }

        return kept.UnorderedItems.Select(x => x.Element).Order(order)
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
