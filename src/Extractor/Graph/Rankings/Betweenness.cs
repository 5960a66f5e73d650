namespace Digest.Extractor.Graph.Rankings;

/// <summary>
/// Betweenness centrality (Brandes) over the typed relations ignoring direction, normalised as
/// networkx does (by (n-1)(n-2)/2 pairs), so bridges between groups score high. Exact up to
/// <see cref="ExactLimit"/> entities; above it, estimated from <see cref="SampleSize"/> source
/// entities spread evenly over the id order and scaled by n/k (networkx's <c>k</c> estimate,
/// with fixed rather than random sources), which keeps a corpus-sized graph to about a second.
/// Sources run in fixed chunks summed in chunk order, so the result is the same for any thread count.
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
        var index = graph.Index;
        var n = index.Count;
        var sources = Sources(n);
        var partial = new double[Chunks][];
        Parallel.For(0, Chunks, chunk =>
        {
            var sums = new double[n];
            var state = new BrandesState(n);
            for (var s = chunk; s < sources.Length; s += Chunks)
            {
                state.Accumulate(index, sources[s], sums);
            }

            partial[chunk] = sums;
        });

        var result = new double[n];
        var scale = n > 2 ? (double)n / sources.Length / ((n - 1.0) * (n - 2.0)) : 0;
        foreach (var sums in partial)
        {
            for (var v = 0; v < n; v++)
            {
                result[v] += sums[v];
            }
        }

        for (var v = 0; v < n; v++)
        {
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

    /// <summary>The per-source arrays of Brandes' algorithm, reused across sources.</summary>
    private sealed class BrandesState(int n)
    {
        private readonly int[] _distance = Fill(new int[n], -1);
        private readonly double[] _paths = new double[n];
        private readonly double[] _dependency = new double[n];
        private readonly int[] _order = new int[n];

        public void Accumulate(GraphIndex index, int source, double[] sums)
        {
            var count = 0;
            _order[count++] = source;
            _distance[source] = 0;
            _paths[source] = 1;
            for (var head = 0; head < count; head++)
            {
                var v = _order[head];
                foreach (var w in index.Neighbors(v))
                {
                    if (_distance[w] < 0)
                    {
                        _distance[w] = _distance[v] + 1;
                        _order[count++] = w;
                    }

                    if (_distance[w] == _distance[v] + 1)
                    {
                        _paths[w] += _paths[v];
                    }
                }
            }

            // Predecessors of w are its neighbours one step nearer the source, so no lists are kept.
            for (var i = count - 1; i > 0; i--)
            {
                var w = _order[i];
                var coefficient = (1 + _dependency[w]) / _paths[w];
                foreach (var v in index.Neighbors(w))
                {
                    if (_distance[v] == _distance[w] - 1)
                    {
                        _dependency[v] += _paths[v] * coefficient;
                    }
                }

                sums[w] += _dependency[w];
            }

            for (var i = 0; i < count; i++)
            {
                var v = _order[i];
                _distance[v] = -1;
                _paths[v] = 0;
                _dependency[v] = 0;
            }
        }

        private static int[] Fill(int[] array, int value)
        {
            Array.Fill(array, value);
            return array;
        }
    }
}
