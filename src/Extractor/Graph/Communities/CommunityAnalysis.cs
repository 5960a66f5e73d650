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

    private static List<CommunityGroup> Groups(KnowledgeGraph graph, int[] labels, double[] rank)
    {
        // One sort of all entities by (group, rank, position), then cut into groups.
        var order = Enumerable.Range(0, labels.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byGroup = labels[a].CompareTo(labels[b]);
            var byRank = byGroup != 0 ? byGroup : rank[b].CompareTo(rank[a]);
            return byRank != 0 ? byRank : a.CompareTo(b);
        });
        var groups = new List<CommunityGroup>();
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && labels[order[end]] == labels[order[start]])
            {
                end++;
            }

            groups.Add(new CommunityGroup(labels[order[start]], order[start..end].Select(v => graph.Entities[v]).ToList()));
            start = end;
        }

        return groups;
    }
}
