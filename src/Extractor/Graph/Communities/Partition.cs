using System.Runtime.CompilerServices;

namespace Digest.Extractor.Graph.Communities;

/// <summary>Numbers groups so the largest is 0, ties broken by the smallest member position: a stable id for the same graph.</summary>
internal static class Partition
{
    /// <summary>Renumbers raw group labels.</summary>
    /// <param name="labels">Any label per vertex.</param>
    /// <remarks>Runs once per process over the whole graph, so it is compiled fully optimised at once (tier-0 code would run it).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Canonical(int[] labels)
    {
        // Labels are vertex positions (0..n-1), so plain arrays replace dictionaries.
        var size = new int[labels.Length];
        var first = new int[labels.Length];
        Array.Fill(first, -1);
        for (var v = 0; v < labels.Length; v++)
        {
            size[labels[v]]++;
            if (first[labels[v]] < 0)
            {
                first[labels[v]] = v;
            }
        }

        var used = new List<int>();
        for (var l = 0; l < labels.Length; l++)
        {
            if (size[l] > 0)
            {
                used.Add(l);
            }
        }

        used.Sort((a, b) => size[a] != size[b] ? size[b].CompareTo(size[a]) : first[a].CompareTo(first[b]));
        var id = new int[labels.Length];
        for (var k = 0; k < used.Count; k++)
        {
            id[used[k]] = k;
        }

        var canonical = new int[labels.Length];
        for (var v = 0; v < labels.Length; v++)
        {
            canonical[v] = id[labels[v]];
        }

        return canonical;
    }
}
