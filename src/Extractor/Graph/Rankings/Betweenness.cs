namespace Digest.Extractor.Graph.Rankings;

/// <summary>
/// Betweenness centrality (Brandes) over the typed relations ignoring direction, normalised as
/// networkx does (by (n-1)(n-2)/2 pairs), so bridges between groups score high. Exact up to
/// <see cref="ExactLimit"/> entities; above it, estimated from <see cref="SampleSize"/> source
/// entities spread evenly over the id order and scaled by n/k (networkx's <c>k</c> estimate,
/// with fixed rather than random sources), which keeps a corpus-sized graph to about a second.
/// Sources run in fixed chunks summed in chunk order, so the result is the same for any thread count;
/// the searches run over a <see cref="BreadthFirstLayout"/> of the graph, which keeps their memory
/// accesses close together without changing a single addition.
/// </summary>
public static class Betweenness
{
    /// <summary>The largest graph computed exactly.</summary>
    public const int ExactLimit = 5000;

    /// <summary>The number of sources sampled above <see cref="ExactLimit"/>.</summary>
    public const int SampleSize = 300;

    private const int Chunks = 16;

    /// <summary>The score of every entity, by position in <see cref="KnowledgeGraph.Entities"/>.</summary>
    /// <param name="graph">The graph.</param>
    public static double[] Compute(KnowledgeGraph graph)
    {
        var n = graph.Index.Count;
        var layout = new BreadthFirstLayout(graph.Index);
        var sources = Sources(n);
        var partial = new double[Chunks][];
        Parallel.For(0, Chunks, chunk =>
        {
            var sums = new double[n];
            var state = new BrandesState(n, layout.Neighbor.Length);
            for (var s = chunk; s < sources.Length; s += Chunks)
            {
                state.Accumulate(layout, layout.NewPosition[sources[s]], sums);
            }

            partial[chunk] = sums;
        });

        var result = new double[n];
        var scale = n > 2 ? (double)n / sources.Length / ((n - 1.0) * (n - 2.0)) : 0;
        for (var v = 0; v < n; v++)
        {
            var u = layout.NewPosition[v];
            foreach (var sums in partial)
            {
                result[v] += sums[u];
            }

            result[v] *= scale;
        }

        return result;
    }

    private static int[] Sources(int n)
    {
        if (n <= ExactLimit)
        {
            return Enumerable.Range(0, n).ToArray();
        }

        return Enumerable.Range(0, SampleSize).Select(i => (int)((long)i * n / SampleSize)).ToArray();
    }

    /// <summary>
    /// The per-source state of Brandes' algorithm, one record per entity (read together, so kept
    /// together), reused across sources. The forward search notes each entity's predecessors in
    /// its own slice of <see cref="_predecessors"/> (at its neighbour offset, so no allocation), and
    /// the backward pass reads only those instead of rescanning every neighbour's distance. Each
    /// predecessor still receives one addition per successor, successors in the same reverse order,
    /// so every sum is bit for bit what the rescan gave.
    /// </summary>
    private sealed class BrandesState
    {
        private readonly Node[] _nodes;
        private readonly int[] _order;
        private readonly int[] _predecessors;

        public BrandesState(int n, int links)
        {
            _nodes = new Node[n];
            _order = new int[n];
            _predecessors = new int[links];
            for (var v = 0; v < n; v++)
            {
                _nodes[v].Distance = -1;
            }
        }

        public void Accumulate(BreadthFirstLayout layout, int source, double[] sums)
        {
            var start = layout.Start;
            var neighbor = layout.Neighbor;
            var nodes = _nodes;
            var order = _order;
            var predecessors = _predecessors;
            var count = 0;
            order[count++] = source;
            nodes[source].Distance = 0;
            nodes[source].Paths = 1;
            for (var head = 0; head < count; head++)
            {
                var v = order[head];
                var next = nodes[v].Distance + 1;
                var paths = nodes[v].Paths;
                for (var k = start[v]; k < start[v + 1]; k++)
                {
                    var u = neighbor[k];
                    ref var w = ref nodes[u];
                    if (w.Distance < 0)
                    {
                        w.Distance = next;
                        w.PredecessorEnd = start[u];
                        order[count++] = u;
                    }

                    if (w.Distance == next)
                    {
                        w.Paths += paths;
                        predecessors[w.PredecessorEnd++] = v;
                    }
                }
            }

            for (var i = count - 1; i > 0; i--)
            {
                var w = order[i];
                ref var node = ref nodes[w];
                var coefficient = (1 + node.Dependency) / node.Paths;
                for (var k = start[w]; k < node.PredecessorEnd; k++)
                {
                    ref var v = ref nodes[predecessors[k]];
                    v.Dependency += v.Paths * coefficient;
                }

                sums[w] += node.Dependency;
            }

            for (var i = 0; i < count; i++)
            {
                nodes[order[i]] = new Node { Distance = -1 };
            }
        }

        private struct Node
        {
            public int Distance;
            public int PredecessorEnd;
            public double Paths;
            public double Dependency;
        }
    }
}
