using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Rankings;

/// <summary>Counts of relations per entity, optionally of one type only.</summary>
public static class Degrees
{
    /// <summary>The degree of every entity, by position in <see cref="KnowledgeGraph.Entities"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="measure"><see cref="RankingMeasure.Degree"/>, <see cref="RankingMeasure.InDegree"/> or <see cref="RankingMeasure.OutDegree"/>.</param>
    /// <param name="relation">Count only relations of this type, or all when null.</param>
    public static double[] Compute(KnowledgeGraph graph, RankingMeasure measure, RelationType? relation = null)
    {
        var degree = new double[graph.Entities.Count];
        var relations = graph.Data.Relations.AsImmutableArray();
        for (var r = 0; r < relations.Length; r++)
        {
            if (relation is { } type && relations[r].Type != type)
            {
                continue;
            }

            var (source, target) = graph.RelationEnds[r];
            if (measure is RankingMeasure.Degree or RankingMeasure.OutDegree)
            {
                degree[source]++;
            }

            if (measure is RankingMeasure.Degree or RankingMeasure.InDegree)
            {
                degree[target]++;
            }
        }

        return degree;
    }
}
