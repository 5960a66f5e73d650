namespace Digest.Extractor.Graph.Rankings;

/// <summary>
/// The undirected graph with its entities renumbered in breadth-first order (each component
/// from its lowest position, neighbours in ascending order), so a search touches nearby memory.
/// Each entity keeps its neighbours in their original order, only renamed: a search over the
/// layout visits the same entities in the same order as over the original graph, so sums it
/// builds are bit for bit the same.
/// </summary>
internal sealed class BreadthFirstLayout
{
    /// <summary>Lays out the undirected neighbours of <paramref name="index"/>.</summary>
    /// <param name="index">The graph's index arrays.</param>
    public BreadthFirstLayout(GraphIndex index)
    {
        var n = index.Count;
        NewPosition = new int[n];
        Array.Fill(NewPosition, -1);
        var order = new int[n];
        var placed = 0;
        for (var root = 0; root < n; root++)
        {
            if (NewPosition[root] >= 0)
            {
                continue;
            }

            NewPosition[root] = placed;
            order[placed++] = root;
            for (var head = placed - 1; head < placed; head++)
            {
                foreach (var w in index.Neighbors(order[head]))
                {
                    if (NewPosition[w] < 0)
                    {
                        NewPosition[w] = placed;
                        order[placed++] = w;
                    }
                }
            }
        }

        Start = new int[n + 1];
        Neighbor = new int[index.Neighbor.Length];
        var next = 0;
        for (var u = 0; u < n; u++)
        {
            Start[u] = next;
            foreach (var w in index.Neighbors(order[u]))
            {
                Neighbor[next++] = NewPosition[w];
            }
        }

        Start[n] = next;
    }

    /// <summary>The new position of each entity, by its original position.</summary>
    public int[] NewPosition { get; }

    /// <summary>Where each new position's neighbours start in <see cref="Neighbor"/> (length count + 1).</summary>
    public int[] Start { get; }

    /// <summary>Neighbours by new position, in the original ascending order of their entities.</summary>
    public int[] Neighbor { get; }
}
