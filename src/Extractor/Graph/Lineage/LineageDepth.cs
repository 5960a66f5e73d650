using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Lineage;

/// <summary>
/// How many BUILDS_ON generations lie above each entity: 0 when it builds on nothing, else one
/// more than the deepest thing it builds on. Entities in a BUILDS_ON cycle share one depth (the
/// cycle counts as one generation), so the measure is defined for any graph.
/// </summary>
public static class LineageDepth
{
    /// <summary>The depth of every entity, by position in <see cref="GraphTopology.EntityIds"/>.</summary>
    /// <param name="topology">The graph's links.</param>
    public static int[] Compute(GraphTopology topology)
    {
        var n = topology.Count;

        // Few entities build on anything: the rest share one empty list, and components are laid out in two arrays
        // rather than a list each, so a corpus graph's depths take a few arrays instead of a list per entity.
        var parents = new IReadOnlyList<int>[n];
        Array.Fill(parents, Array.Empty<int>());
        var types = topology.Types;
        for (var r = 0; r < types.Count; r++)
        {
            if (types[r] == RelationType.BuildsOn)
            {
                var (source, target) = topology.Ends[r];
                if (parents[source] is not List<int> list)
                {
                    parents[source] = list = [];
                }

                list.Add(target);
            }
        }

        foreach (var list in parents)
        {
            (list as List<int>)?.Sort();
        }

        // Tarjan closes a component only after every component it reaches, so numbering order
        // is a topological order of the condensation with parents first.
        var (component, count) = StrongComponents.Find(n, v => parents[v]);
        var memberStart = new int[count + 1];
        foreach (var c in component)
        {
            memberStart[c + 1]++;
        }

        for (var c = 0; c < count; c++)
        {
            memberStart[c + 1] += memberStart[c];
        }

        var fill = memberStart[..^1];
        var members = new int[n];
        for (var v = 0; v < n; v++)
        {
            members[fill[component[v]]++] = v;
        }

        var depth = new int[count];
        for (var c = 0; c < count; c++)
        {
            for (var k = memberStart[c]; k < memberStart[c + 1]; k++)
            {
                foreach (var p in parents[members[k]])
                {
                    if (component[p] != c)
                    {
                        depth[c] = Math.Max(depth[c], depth[component[p]] + 1);
                    }
                }
            }
        }

        for (var v = 0; v < n; v++)
        {
            component[v] = depth[component[v]];
        }

        return component;
    }
}
