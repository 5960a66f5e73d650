namespace Digest.Extractor.Graph;

/// <summary>
/// The graph as compact arrays over entity positions (compressed sparse rows), so the
/// algorithms run without dictionary lookups: directed out-neighbours and undirected
/// neighbours, each sorted, with the number of relations joining the pair as weight.
/// </summary>
internal sealed class GraphIndex
{
    /// <summary>Builds the arrays from the relations' ends.</summary>
    /// <param name="count">The number of entities.</param>
    /// <param name="ends">The entity positions of each relation's ends.</param>
    public GraphIndex(int count, (int Source, int Target)[] ends)
    {
        Count = count;
        var sources = new int[ends.Length];
        var targets = new int[ends.Length];
        for (var e = 0; e < ends.Length; e++)
        {
            (sources[e], targets[e]) = ends[e];
        }

        (OutStart, OutNeighbor, OutWeight) = Compress(Count, sources, targets, undirected: false);
        (Start, Neighbor, Weight) = Compress(Count, sources, targets, undirected: true);
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

    /// <summary>Counting sort of the edge ends into rows, then each row sorted and merged into distinct neighbours with counts.</summary>
    private static (int[] Start, int[] Neighbor, double[] Weight) Compress(int count, int[] sources, int[] targets, bool undirected)
    {
        var rowStart = new int[count + 1];
        for (var e = 0; e < sources.Length; e++)
        {
            rowStart[sources[e] + 1]++;
            if (undirected)
            {
                rowStart[targets[e] + 1]++;
            }
        }

        for (var v = 0; v < count; v++)
        {
            rowStart[v + 1] += rowStart[v];
        }

        var fill = (int[])rowStart.Clone();
        var all = new int[rowStart[count]];
        for (var e = 0; e < sources.Length; e++)
        {
            all[fill[sources[e]]++] = targets[e];
            if (undirected)
            {
                all[fill[targets[e]]++] = sources[e];
            }
        }

        var start = new int[count + 1];
        var neighbor = new int[all.Length];
        var weight = new double[all.Length];
        var next = 0;
        for (var v = 0; v < count; v++)
        {
            start[v] = next;
            var row = all.AsSpan(rowStart[v], rowStart[v + 1] - rowStart[v]);
            row.Sort();
            for (var k = 0; k < row.Length; k++)
            {
                if (k > 0 && row[k] == row[k - 1])
                {
                    weight[next - 1]++;
                }
                else
                {
                    neighbor[next] = row[k];
                    weight[next++] = 1;
                }
            }
        }

        start[count] = next;
        return (start, neighbor[..next], weight[..next]);
    }
}
