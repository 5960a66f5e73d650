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
        // Bucket by group number (0..groups-1), then order each bucket by rank.
        var buckets = new List<int>[labels.Length == 0 ? 0 : labels.Max() + 1];
        for (var v = 0; v < labels.Length; v++)
        {
            (buckets[labels[v]] ??= []).Add(v);
        }

        var groups = new List<CommunityGroup>();
        for (var id = 0; id < buckets.Length; id++)
        {
            if (buckets[id] is not { } members)
            {
                continue;
            }

            members.Sort((a, b) => rank[a] != rank[b] ? rank[b].CompareTo(rank[a]) : a.CompareTo(b));
            groups.Add(new CommunityGroup(id, members.Select(v => graph.Entities[v]).ToList()));
        }

        return groups;
    }
}
