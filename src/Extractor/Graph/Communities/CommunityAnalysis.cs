using Digest.Extractor.Graph.Metrics;

namespace Digest.Extractor.Graph.Communities;

/// <summary>Groups entities into Louvain communities (stored ones when the graph has them) and connected components.</summary>
public static class CommunityAnalysis
{
    /// <summary>Computes the report.</summary>
    /// <param name="graph">The graph.</param>
    public static CommunityReport Compute(KnowledgeGraph graph)
    {
        var rank = GraphMetrics.PageRanks(graph);
        var communities = GraphMetrics.Communities(graph);
        return new CommunityReport(
            Groups(graph, communities, rank),
            Math.Round(Louvain.Modularity(graph, communities), GraphMetrics.Decimals),
            Groups(graph, ConnectedComponents.Compute(graph), rank));
    }

    private static List<CommunityGroup> Groups(KnowledgeGraph graph, int[] labels, double[] rank) =>
        Enumerable.Range(0, labels.Length)
            .GroupBy(v => labels[v])
            .OrderBy(g => g.Key)
            .Select(g => new CommunityGroup(
                g.Key,
                g.OrderByDescending(v => rank[v]).ThenBy(v => v).Select(v => graph.Entities[v]).ToList()))
            .ToList();
}
