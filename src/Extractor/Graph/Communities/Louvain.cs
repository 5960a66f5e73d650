using System.Runtime.CompilerServices;

namespace Digest.Extractor.Graph.Communities;

/// <summary>
/// Louvain community detection on the typed relations ignoring direction (weight = relations
/// joining a pair): entities move to the neighbouring community with the largest modularity
/// gain, then communities collapse into single nodes, until nothing moves. Deterministic:
/// nodes are visited in id order, candidate communities in ascending number, and a move needs a
/// strictly larger gain, so ties keep the current community or take the lowest number.
/// </summary>
public static class Louvain
{
    private const double MinGain = 1e-12;
    private const int MaxPasses = 100;

    /// <summary>The community of every entity (0 = largest), by position in <see cref="GraphTopology.EntityIds"/>.</summary>
    /// <param name="topology">The graph's links.</param>
    public static int[] Compute(GraphTopology topology)
    {
        var index = topology.Index;
        var level = new Level(index.Count, index.Start, index.Neighbor, index.Weight, new double[index.Count]);
        var membership = Enumerable.Range(0, index.Count).ToArray();
        while (true)
        {
            var (community, moved) = MoveNodes(level);
            if (!moved)
            {
                break;
            }

            var renumbered = Dense(community);
            var groups = renumbered.Max() + 1;
            if (groups == level.Count)
            {
                // Nodes moved and moved back: the partition did not change, so it is final.
                break;
            }

            for (var v = 0; v < membership.Length; v++)
            {
                membership[v] = renumbered[membership[v]];
            }

            level = Aggregate(level, renumbered);
        }

        return Partition.Canonical(membership);
    }

    /// <summary>The modularity of a partition of the graph (ignoring direction).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="community">The community per entity.</param>
    /// <remarks>Runs once per process over the whole graph, so it is compiled fully optimised at once (tier-0 code would run it).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Modularity(KnowledgeGraph graph, int[] community)
    {
        var index = graph.Index;
        var total = index.Weight.Sum();
        if (total == 0)
        {
            return 0;
        }

        var groups = community.Length == 0 ? 0 : community.Max() + 1;
        var inside = new double[groups];
        var degree = new double[groups];
        for (var v = 0; v < index.Count; v++)
        {
            for (var k = index.Start[v]; k < index.Start[v + 1]; k++)
            {
                degree[community[v]] += index.Weight[k];
                if (community[index.Neighbor[k]] == community[v])
                {
                    inside[community[v]] += index.Weight[k];
                }
            }
        }

        var modularity = 0.0;
        for (var c = 0; c < groups; c++)
        {
            modularity += (inside[c] / total) - Math.Pow(degree[c] / total, 2);
        }

        return modularity;
    }

    private static (int[] Community, bool Moved) MoveNodes(Level level)
    {
        var n = level.Count;
        var community = Enumerable.Range(0, n).ToArray();
        var strength = new double[n];
        var totals = new double[n];
        for (var v = 0; v < n; v++)
        {
            strength[v] = level.SelfLoop[v];
            for (var k = level.Start[v]; k < level.Start[v + 1]; k++)
            {
                strength[v] += level.Weight[k];
            }

            totals[v] = strength[v];
        }

        var twiceTotal = strength.Sum();
        if (twiceTotal == 0)
        {
            return (community, false);
        }

        var linkTo = new double[n];
        var touched = new List<int>();
        var movedAny = false;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var moved = false;
            for (var v = 0; v < n; v++)
            {
                var current = community[v];
                touched.Clear();
                for (var k = level.Start[v]; k < level.Start[v + 1]; k++)
                {
                    var c = community[level.Neighbor[k]];
                    if (linkTo[c] == 0)
                    {
                        touched.Add(c);
                    }

                    linkTo[c] += level.Weight[k];
                }

                totals[current] -= strength[v];
                var best = current;
                var bestGain = linkTo[current] - (totals[current] * strength[v] / twiceTotal);
                touched.Sort();
                foreach (var c in touched)
                {
                    var gain = linkTo[c] - (totals[c] * strength[v] / twiceTotal);
                    if (gain > bestGain + MinGain)
                    {
                        best = c;
                        bestGain = gain;
                    }
                }

                totals[best] += strength[v];
                community[v] = best;
                moved |= best != current;
                foreach (var c in touched)
                {
                    linkTo[c] = 0;
                }
            }

            movedAny |= moved;
            if (!moved)
            {
                break;
            }
        }

        return (community, movedAny);
    }

    private static int[] Dense(int[] community)
    {
        var ids = new Dictionary<int, int>();
        return community.Select(c => ids.TryGetValue(c, out var id) ? id : ids[c] = ids.Count).ToArray();
    }

    /// <summary>
    /// Collapses each community into one node. Members are visited community by community in
    /// ascending order, which adds every link weight in the same order as one pass over the nodes
    /// would, so the sums are bit for bit the same.
    /// </summary>
    private static Level Aggregate(Level level, int[] community)
    {
        var count = community.Length == 0 ? 0 : community.Max() + 1;
        var memberStart = new int[count + 1];
        foreach (var c in community)
        {
            memberStart[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            memberStart[c + 1] += memberStart[c];
        }

        var members = new int[community.Length];
        var fill = (int[])memberStart.Clone();
        for (var v = 0; v < community.Length; v++)
        {
            members[fill[community[v]]++] = v;
        }

        var selfLoop = new double[count];
        var start = new int[count + 1];
        var neighbor = new List<int>();
        var weight = new List<double>();
        var linkTo = new double[count];
        var linked = new bool[count];
        var touched = new List<int>();
        for (var cv = 0; cv < count; cv++)
        {
            start[cv] = neighbor.Count;
            touched.Clear();
            for (var m = memberStart[cv]; m < memberStart[cv + 1]; m++)
            {
                var v = members[m];
                selfLoop[cv] += level.SelfLoop[v];
                for (var k = level.Start[v]; k < level.Start[v + 1]; k++)
                {
                    var cw = community[level.Neighbor[k]];
                    if (cw == cv)
                    {
                        selfLoop[cv] += level.Weight[k];
                    }
                    else
                    {
                        if (!linked[cw])
                        {
                            linked[cw] = true;
                            touched.Add(cw);
                        }

                        linkTo[cw] += level.Weight[k];
                    }
                }
            }

            touched.Sort();
            foreach (var cw in touched)
            {
                neighbor.Add(cw);
                weight.Add(linkTo[cw]);
                linkTo[cw] = 0;
                linked[cw] = false;
            }
        }

        start[count] = neighbor.Count;
        return new Level(count, start, neighbor.ToArray(), weight.ToArray(), selfLoop);
    }

    /// <summary>One level of the Louvain hierarchy: a weighted undirected graph in sparse rows, each edge listed from both ends.</summary>
    private sealed record Level(int Count, int[] Start, int[] Neighbor, double[] Weight, double[] SelfLoop);
}
