using System.Runtime.CompilerServices;

namespace Digest.Extractor.Graph.Communities;

/// <summary>Connected components ignoring direction; component 0 is the largest.</summary>
public static class ConnectedComponents
{
    /// <summary>The component of every entity, by position in <see cref="KnowledgeGraph.Entities"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <remarks>Runs once per process over the whole graph, so it is compiled fully optimised at once (tier-0 code would run it).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Compute(KnowledgeGraph graph)
    {
        var index = graph.Index;
        var label = new int[index.Count];
        Array.Fill(label, -1);
        var queue = new Queue<int>();
        for (var root = 0; root < index.Count; root++)
        {
            if (label[root] >= 0)
            {
                continue;
            }

            label[root] = root;
            queue.Enqueue(root);
            while (queue.TryDequeue(out var v))
            {
                foreach (var w in index.Neighbors(v))
                {
                    if (label[w] < 0)
                    {
                        label[w] = root;
                        queue.Enqueue(w);
                    }
                }
            }
        }

        return Partition.Canonical(label);
    }
}
