namespace Digest.Extractor.Graph.Rankings;

/// <summary>
/// The undirected graph with its entities renumbered in breadth-first order (each component
/// from its lowest position, neighbours in ascending order), so a search touches nearby memory.
/// Each entity lists its neighbours that have other neighbours first and its leaves (neighbours
/// with no other neighbour) after them, each part in the original order, only renamed, so a search
/// can pass over the leaves and count them instead (about half the entities of a corpus graph are
/// leaves).
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
        LeafStart = new int[n];
        Neighbor = new int[index.Neighbor.Length];
        var next = 0;
        for (var u = 0; u < n; u++)
        {
            Start[u] = next;
            foreach (var w in index.Neighbors(order[u]))
            {
                if (!IsLeaf(index, w))
                {
                    Neighbor[next++] = NewPosition[w];
                }
            }

            LeafStart[u] = next;
            foreach (var w in index.Neighbors(order[u]))
            {
                if (IsLeaf(index, w))
                {
                    Neighbor[next++] = NewPosition[w];
                }
            }
        }

        Start[n] = next;
    }

    /// <summary>The new position of each entity, by its original position.</summary>
    public int[] NewPosition { get; }

    /// <summary>Where each new position's neighbours start in <see cref="Neighbor"/> (length count + 1).</summary>
    public int[] Start { get; }

    /// <summary>Where each new position's leaves start in <see cref="Neighbor"/>, after its other neighbours.</summary>
    public int[] LeafStart { get; }

    /// <summary>Neighbours by new position: for each entity, those with other neighbours, then its leaves, each part in the original ascending order.</summary>
    public int[] Neighbor { get; }

    /// <summary>Whether a new position has exactly one neighbour.</summary>
    /// <param name="position">The new position.</param>
    public bool IsLeaf(int position) => Start[position + 1] - Start[position] == 1;

    private static bool IsLeaf(GraphIndex index, int entity) => index.Neighbors(entity).Length == 1;
}
