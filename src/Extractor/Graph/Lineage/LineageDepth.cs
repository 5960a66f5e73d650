using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Lineage;

/// <summary>
/// How many BUILDS_ON generations lie above each entity: 0 when it builds on nothing, else one
/// more than the deepest thing it builds on. Entities in a BUILDS_ON cycle share one depth (the
/// cycle counts as one generation), so the measure is defined for any graph.
/// </summary>
public static class LineageDepth
{
    /// <summary>The depth of every entity, by position in <see cref="KnowledgeGraph.Entities"/>.</summary>
    /// <param name="graph">The graph.</param>
    public static int[] Compute(KnowledgeGraph graph)
    {
        var n = graph.Entities.Count;
        var parents = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            parents[i] = [];
        }

        var relations = graph.Data.Relations;
        for (var r = 0; r < relations.Count; r++)
        {
            if (relations[r].Type == RelationType.BuildsOn)
            {
                var (source, target) = graph.RelationEnds[r];
                parents[source].Add(target);
            }
        }

        foreach (var list in parents)
        {
            list.Sort();
        }

        // Tarjan closes a component only after every component it reaches, so numbering order
        // is a topological order of the condensation with parents first.
        var (component, count) = StrongComponents.Find(n, v => parents[v]);
        var members = new List<int>[count];
        for (var c = 0; c < count; c++)
        {
            members[c] = [];
        }

        for (var v = 0; v < n; v++)
        {
            members[component[v]].Add(v);
        }

        var depth = new int[count];
        for (var c = 0; c < count; c++)
        {
            foreach (var v in members[c])
            {
                foreach (var p in parents[v])
                {
                    if (component[p] != c)
                    {
                        depth[c] = Math.Max(depth[c], depth[component[p]] + 1);
                    }
                }
            }
        }

        return component.Select(c => depth[c]).ToArray();
    }
}
