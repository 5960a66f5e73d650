using Digest.Extractor.Graph.Communities;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Statistics;

/// <summary>Counts by type and relation, density, isolated entities and components.</summary>
public static class StatisticsAnalysis
{
    /// <summary>Computes the statistics.</summary>
    /// <param name="graph">The graph.</param>
    public static GraphStatistics Compute(KnowledgeGraph graph)
    {
        var index = graph.Index;
        var n = index.Count;
        var components = ConnectedComponents.Compute(graph);
        var sizes = new int[n];
        foreach (var component in components)
        {
            sizes[component]++;
        }

        var relations = graph.Data.Relations.Count;
        var byType = new int[Enum.GetValues<EntityType>().Length];
        foreach (var entity in graph.Entities)
        {
            byType[(int)entity.Type]++;
        }

        var byRelation = new int[Enum.GetValues<RelationType>().Length];
        foreach (var relation in graph.Data.Relations.AsImmutableArray())
        {
            byRelation[(int)relation.Type]++;
        }

        return new GraphStatistics(
            graph.Data.Articles.Count,
            n,
            relations,
            graph.Data.Mentions.Count,
            Enum.GetValues<EntityType>()
                .Select(t => new NamedCount(SchemaNames.Label(t), byType[(int)t]))
                .Where(c => c.Count > 0)
                .ToList(),
            Enum.GetValues<RelationType>()
                .Where(t => t != RelationType.Mentions)
                .Select(t => new NamedCount(SchemaNames.Name(t), byRelation[(int)t]))
                .Where(c => c.Count > 0)
                .ToList(),
            n > 1 ? Math.Round(index.OutNeighbor.Length / (n * (n - 1.0)), GraphMetrics.Decimals) : 0,
            n > 0 ? Math.Round(2.0 * relations / n, 2) : 0,
            Isolated(index),
            sizes.Count(s => s > 1),
            n > 0 ? sizes.Max() : 0);
    }

    private static int Isolated(GraphIndex index)
    {
        var isolated = 0;
        for (var v = 0; v < index.Count; v++)
        {
            if (index.Start[v] == index.Start[v + 1])
            {
                isolated++;
            }
        }

        return isolated;
    }
}
