namespace Digest.Extractor.Graph.Rankings;

/// <summary>
/// Betweenness centrality (Brandes) over the typed relations ignoring direction, normalised as
/// networkx does (by (n-1)(n-2)/2 pairs), so bridges between groups score high. Exact up to
/// <see cref="ExactLimit"/> entities; above it, estimated from <see cref="SampleSize"/> source
/// entities spread evenly over the id order and scaled by n/k (networkx's <c>k</c> estimate,
/// with fixed rather than random sources), which keeps a corpus-sized graph to about a second.
/// Sources run in fixed chunks summed in chunk order, so the result is the same for any thread count;
/// the searches run over a <see cref="BreadthFirstLayout"/> of the graph, which keeps their memory
/// accesses close together and lets them count leaves instead of visiting them.
/// </summary>
public static class Betweenness
{
    /// <summary>The largest graph computed exactly.</summary>
    public const int ExactLimit = 5000;

    /// <summary>The number of sources sampled above <see cref="ExactLimit"/>.</summary>
    public const int SampleSize = 300;

    private const int Chunks = 16;

    /// <summary>The score of every entity, by position in <see cref="GraphTopology.EntityIds"/>.</summary>
    /// <param name="topology">The graph's links.</param>
    public static double[] Compute(GraphTopology topology)
    {
        var n = topology.Index.Count;
        var layout = new BreadthFirstLayout(topology.Index);
        var sources = Sources(n);
        var sums = new OrderedSums(n, Chunks);

        // Each worker takes the chunks in ascending order and keeps one search state, so the sums
        // wait for their turn briefly and a few arrays serve all chunks.
        var nextChunk = -1;
        Parallel.For(0, Math.Min(Chunks, Environment.ProcessorCount), _ =>
        {
            var state = new BrandesState(n, layout);
            for (var chunk = Interlocked.Increment(ref nextChunk); chunk < Chunks; chunk = Interlocked.Increment(ref nextChunk))
            {
                var partial = sums.Rent();
                for (var s = chunk; s < sources.Length; s += Chunks)
                {
                    state.Accumulate(layout, layout.NewPosition[sources[s]], partial);
                }

                sums.Add(chunk, partial);
            }
        });

        var total = sums.Total;
        var result = new double[n];
        var scale = n > 2 ? (double)n / sources.Length / ((n - 1.0) * (n - 2.0)) : 0;
        for (var v = 0; v < n; v++)
        {
            result[v] = total[layout.NewPosition[v]] * scale;
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
    /// the backward pass reads only those instead of rescanning every neighbour's distance.
    /// </summary>
    /// <remarks>
    /// About half the entities of a corpus graph are leaves (one neighbour), and a third of the
    /// neighbour entries of the others lead to one. A leaf other than the source is reached only
    /// from its neighbour, with that neighbour's path count and no dependency of its own, so it
    /// adds exactly 1 to its neighbour's dependency (<c>paths * (1 + 0) / paths</c>) and receives
    /// nothing. The search therefore stops at each entity's <see cref="BreadthFirstLayout.LeafStart"/>
    /// and the backward pass adds the number of its leaves, less the source when that is one of them.
    /// </remarks>
    private sealed class BrandesState
    {
        private readonly Node[] _nodes;
        private readonly int[] _order;
        private readonly int[] _predecessors;

        public BrandesState(int n, BreadthFirstLayout layout)
        {
            _nodes = new Node[n];
            _order = new int[n];
            _predecessors = new int[layout.Neighbor.Length];
            for (var v = 0; v < n; v++)
            {
                _nodes[v].Distance = -1;
            }
        }

        public void Accumulate(BreadthFirstLayout layout, int source, double[] sums)
        {
            var start = layout.Start;
            var leafStart = layout.LeafStart;
            var neighbor = layout.Neighbor;
            var nodes = _nodes;
            var order = _order;
            var predecessors = _predecessors;

            // A source that is a leaf sits among its neighbour's leaves without being one of its ends.
            var sourceParent = layout.IsLeaf(source) ? neighbor[start[source]] : -1;
            var count = 0;
            order[count++] = source;
            nodes[source].Distance = 0;
            nodes[source].Paths = 1;
            for (var head = 0; head < count; head++)
            {
                var v = order[head];
                var next = nodes[v].Distance + 1;
                var paths = nodes[v].Paths;
                for (var k = start[v]; k < leafStart[v]; k++)
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
                var leaves = start[w + 1] - leafStart[w] - (w == sourceParent ? 1 : 0);
                var dependency = node.Dependency + leaves;
                var coefficient = (1 + dependency) / node.Paths;
                for (var k = start[w]; k < node.PredecessorEnd; k++)
                {
                    ref var v = ref nodes[predecessors[k]];
                    v.Dependency += v.Paths * coefficient;
                }

                sums[w] += dependency;

                // Nothing reads this entity again for this source (its predecessors come earlier), so it is reset here.
                node = new Node { Distance = -1 };
            }

            nodes[source] = new Node { Distance = -1 };
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
