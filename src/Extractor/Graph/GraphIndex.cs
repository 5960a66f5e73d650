namespace Digest.Extractor.Graph;

/// <summary>
/// The graph as compact arrays over entity positions (compressed sparse rows), so the
/// algorithms run without dictionary lookups: directed out-neighbours and undirected
/// neighbours, each sorted, with the number of relations joining the pair as weight.
/// </summary>
internal sealed class GraphIndex
{
    /// <summary>Builds the arrays from the view.</summary>
    /// <param name="graph">The graph.</param>
    public GraphIndex(KnowledgeGraph graph)
    {
        Count = graph.Entities.Count;
        var outLists = new List<int>[Count];
        var allLists = new List<int>[Count];
        for (var i = 0; i < Count; i++)
        {
            outLists[i] = [];
            allLists[i] = [];
        }

        foreach (var edge in graph.Graph.Edges)
        {
            var s = graph.IndexOf(edge.Source);
            var t = graph.IndexOf(edge.Target);
            outLists[s].Add(t);
            allLists[s].Add(t);
            allLists[t].Add(s);
        }

        (OutStart, OutNeighbor, OutWeight) = Compress(outLists);
        (Start, Neighbor, Weight) = Compress(allLists);
    }

    /// <summary>The number of entities.</summary>
    public int Count { get; }

    /// <summary>Where entity i's out-neighbours start in <see cref="OutNeighbor"/> (length Count + 1).</summary>
    public int[] OutStart { get; }

    /// <summary>Distinct out-neighbours, ascending per entity.</summary>
    public int[] OutNeighbor { get; }

    /// <summary>How many relations lead to each out-neighbour.</summary>
    public double[] OutWeight { get; }

    /// <summary>Where entity i's undirected neighbours start in <see cref="Neighbor"/> (length Count + 1).</summary>
    public int[] Start { get; }

    /// <summary>Distinct neighbours ignoring direction, ascending per entity.</summary>
    public int[] Neighbor { get; }

    /// <summary>How many relations (either direction) join the pair.</summary>
    public double[] Weight { get; }

    /// <summary>Neighbours of an entity, ignoring direction.</summary>
    /// <param name="i">The entity position.</param>
    public ReadOnlySpan<int> Neighbors(int i) => Neighbor.AsSpan(Start[i], Start[i + 1] - Start[i]);

    /// <summary>Out-neighbours of an entity.</summary>
    /// <param name="i">The entity position.</param>
    public ReadOnlySpan<int> OutNeighbors(int i) => OutNeighbor.AsSpan(OutStart[i], OutStart[i + 1] - OutStart[i]);

    private static (int[] Start, int[] Neighbor, double[] Weight) Compress(List<int>[] lists)
    {
        var start = new int[lists.Length + 1];
        var neighbor = new List<int>();
        var weight = new List<double>();
        for (var i = 0; i < lists.Length; i++)
        {
            start[i] = neighbor.Count;
            lists[i].Sort();
            foreach (var j in lists[i])
            {
                if (neighbor.Count > start[i] && neighbor[^1] == j)
                {
                    weight[^1]++;
                }
                else
                {
                    neighbor.Add(j);
                    weight.Add(1);
                }
            }
        }

        start[lists.Length] = neighbor.Count;
        return (start, neighbor.ToArray(), weight.ToArray());
    }
}
