using System.Runtime.CompilerServices;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Communities;

/// <summary>Groups entities into Louvain communities (stored ones when the graph has them) and connected components.</summary>
public static class CommunityAnalysis
{
    /// <summary>Computes the report.</summary>
    /// <param name="graph">The graph.</param>
    public static CommunityReport Compute(KnowledgeGraph graph)
    {
        var byRank = ByRank(GraphMetrics.PageRanks(graph));
        var communities = GraphMetrics.Communities(graph);
        return new CommunityReport(
            Groups(graph, communities, byRank),
            Math.Round(Louvain.Modularity(graph, communities), GraphMetrics.Decimals),
            Groups(graph, ConnectedComponents.Compute(graph), byRank));
    }

    /// <summary>Entity positions by rank, highest first, ties by position: one sort serves every grouping.</summary>
    /// <remarks>Runs once per process over the whole graph, so it is compiled fully optimised at once (tier-0 code would run it).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] ByRank(double[] rank)
    {
        var order = new int[rank.Length];
        var keys = new double[rank.Length];
        for (var v = 0; v < order.Length; v++)
        {
            order[v] = v;
            keys[v] = -rank[v];
        }

        Array.Sort(keys, order);

        // The sort is not stable: put each run of equal ranks back in position order.
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && keys[end] == keys[start])
            {
                end++;
            }

            order.AsSpan(start, end - start).Sort();
            start = end;
        }

        return order;
    }

    /// <summary>The groups of a labelling, each with its members by rank.</summary>
    /// <remarks>Runs once per process over the whole graph, so it is compiled fully optimised at once (tier-0 code would run it).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<CommunityGroup> Groups(KnowledgeGraph graph, int[] labels, int[] byRank)
    {
        // Counting sort by group number (0..groups-1) into one array, visiting entities by rank so
        // each group's slice is ordered; groups are slices of it rather than a list each.
        var groups = labels.Length == 0 ? 0 : labels.Max() + 1;
        var start = new int[groups + 1];
        foreach (var label in labels)
        {
            start[label + 1]++;
        }

        for (var c = 0; c < groups; c++)
        {
            start[c + 1] += start[c];
        }

        var fill = (int[])start.Clone();
        var members = new Entity[labels.Length];
        foreach (var v in byRank)
        {
            members[fill[labels[v]]++] = graph.Entities[v];
        }

        var result = new List<CommunityGroup>();
        for (var id = 0; id < groups; id++)
        {
            if (start[id + 1] > start[id])
            {
                result.Add(new CommunityGroup(id, new ArraySegment<Entity>(members, start[id], start[id + 1] - start[id])));
            }
        }

        return result;
    }
}
