using System.Runtime.CompilerServices;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Communities;

/// <summary>Groups entities into Louvain communities (stored ones when the graph has them) and connected components.</summary>
public static class CommunityAnalysis
{
    private const ulong SignBit = 1UL << 63;

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

    /// <summary>
    /// Entity positions by descending rank, equal ranks in position order: a stable radix sort of
    /// the ranks' bits, a byte per pass, skipping the bytes all ranks share. No comparer and no
    /// second pass over runs of equal ranks, and no generic sort left to compile on a first call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] ByRank(double[] rank)
    {
        var keys = new ulong[rank.Length];
        var order = new int[rank.Length];
        for (var v = 0; v < rank.Length; v++)
        {
            keys[v] = DescendingKey(rank[v]);
            order[v] = v;
        }

        var buffer = new int[rank.Length];
        Span<int> slot = stackalloc int[257];
        for (var shift = 0; shift < 64; shift += 8)
        {
            slot.Clear();
            foreach (var v in order)
            {
                slot[(int)((keys[v] >> shift) & 0xFF) + 1]++;
            }

            if (slot.Contains(rank.Length))
            {
                continue;
            }

            for (var b = 0; b < 256; b++)
            {
                slot[b + 1] += slot[b];
            }

            foreach (var v in order)
            {
                buffer[slot[(int)((keys[v] >> shift) & 0xFF)]++] = v;
            }

            (order, buffer) = (buffer, order);
        }

        return order;
    }

    /// <summary>
    /// A key whose unsigned order is the descending order of the values: the bits of a positive
    /// value with the sign bit set, or of a negative one all flipped, order like the values; the
    /// complement reverses that. Zero and negative zero get one key, as they compare equal.
    /// </summary>
    private static ulong DescendingKey(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value == 0 ? 0.0 : value);
        var ascending = (bits & SignBit) != 0 ? ~bits : bits | SignBit;
        return ~ascending;
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
