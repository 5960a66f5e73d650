using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Lineage;

/// <summary>
/// Ancestors and descendants of an entity along BUILDS_ON (optionally USES and INTRODUCES),
/// breadth first, so each entity is placed once at its shortest distance and cycles never loop;
/// cycles among the reached entities are reported.
/// </summary>
public sealed class LineageAnalysis
{
    private readonly KnowledgeGraph _graph;
    private readonly LineageLinks _parents;
    private readonly LineageLinks _children;

    /// <summary>Prepares lineage queries.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="via">The relation types to follow (see <see cref="LineageRelations.Supported"/>).</param>
    /// <exception cref="ArgumentException">A type a lineage cannot follow.</exception>
    public LineageAnalysis(KnowledgeGraph graph, IEnumerable<RelationType>? via = null)
    {
        _graph = graph;
        HashSet<RelationType> types = [.. via ?? LineageRelations.Default];
        var unsupported = types.Where(t => !LineageRelations.Supported.Contains(t)).ToList();
        if (unsupported.Count > 0 || types.Count == 0)
        {
            throw new ArgumentException(
                $"a lineage follows {string.Join(", ", LineageRelations.Supported.Select(SchemaNames.Name))}, not {string.Join(", ", unsupported.Select(SchemaNames.Name))}",
                nameof(via));
        }

        // Parent and child links over entity positions, built once so a query or the roots of a
        // corpus-sized graph never rescan the relations.
        (_parents, _children) = LineageLinks.Build(graph, types);
    }

    /// <summary>Traces the lineage of an entity.</summary>
    /// <param name="start">The entity.</param>
    /// <param name="direction">Ancestors or descendants.</param>
    /// <param name="maxDepth">The most generations to follow.</param>
    public LineageResult Trace(Entity start, LineageDirection direction, int maxDepth = int.MaxValue)
    {
        var links = direction == LineageDirection.Up ? _parents : _children;

        // Breadth first over positions: each reached entity remembers who reached it and how.
        var reached = new List<(int Entity, int From, int Relation, int Depth)> { (_graph.IndexOf(start.Id), -1, -1, 0) };
        var order = new Dictionary<int, int> { [reached[0].Entity] = 0 };
        var truncated = false;
        for (var k = 0; k < reached.Count; k++)
        {
            var (entity, _, _, depth) = reached[k];
            foreach (var (other, relation) in links.Of(entity))
            {
                if (order.ContainsKey(other))
                {
                    continue;
                }

                if (depth >= maxDepth)
                {
                    truncated = true;
                    continue;
                }

                order[other] = reached.Count;
                reached.Add((other, k, relation, depth + 1));
            }
        }

        // One pass over the file for the evidence of every tree edge, then the tree itself.
        var via = _graph.WithEvidenceAt(reached.Skip(1).Select(r => r.Relation).ToList());
        var children = reached.Select(_ => new List<LineageNode>()).ToArray();
        var root = new LineageNode(start, null, 0, children[0]);
        for (var k = 1; k < reached.Count; k++)
        {
            children[reached[k].From].Add(new LineageNode(_graph.Entities[reached[k].Entity], via[k - 1], reached[k].Depth, children[k]));
        }

        var foundations = direction == LineageDirection.Up
            ? reached.Skip(1).Where(r => _parents.Of(r.Entity).Length == 0).Select(r => _graph.Entities[r.Entity]).OrderBy(e => e.Id, StringComparer.Ordinal).ToList()
            : [];
        return new LineageResult(direction, root, reached.Count - 1, foundations, Cycles(reached.Select(r => r.Entity).ToList(), order), truncated);
    }

    /// <summary>The roots of the lineage forest: entities with no parents but with descendants, most descendants first.</summary>
    public IReadOnlyList<FoundationalWork> Roots()
    {
        var roots = new List<FoundationalWork>();
        var seen = new int[_graph.Entities.Count];
        var queue = new Queue<int>();
        for (var root = 0; root < _graph.Entities.Count; root++)
        {
            if (_parents.Of(root).Length > 0 || _children.Of(root).Length == 0)
            {
                continue;
            }

            // Mark with root + 1 so one array serves every root without clearing.
            var descendants = 0;
            seen[root] = root + 1;
            queue.Enqueue(root);
            while (queue.TryDequeue(out var v))
            {
                foreach (var (w, _) in _children.Of(v))
                {
                    if (seen[w] != root + 1)
                    {
                        seen[w] = root + 1;
                        descendants++;
                        queue.Enqueue(w);
                    }
                }
            }

            roots.Add(new FoundationalWork(_graph.Entities[root], LineageLinks.DistinctOthers(_children.Of(root)), descendants));
        }

        roots.Sort(MostDescendantsFirst);
        return roots;
    }

    private static int MostDescendantsFirst(FoundationalWork a, FoundationalWork b)
    {
        if (a.Descendants != b.Descendants)
        {
            return b.Descendants.CompareTo(a.Descendants);
        }

        var byName = string.CompareOrdinal(a.Entity.Name, b.Entity.Name);
        return byName != 0 ? byName : string.CompareOrdinal(a.Entity.Id, b.Entity.Id);
    }

    /// <summary>Groups of two or more reached entities that build on each other in a circle.</summary>
    /// <param name="reached">Entity positions in the order reached.</param>
    /// <param name="order">Each reached entity's index in <paramref name="reached"/>.</param>
    private List<IReadOnlyList<Entity>> Cycles(List<int> reached, Dictionary<int, int> order)
    {
        var successors = reached
            .Select(v => (IReadOnlyList<int>)[.. LineageLinks.Others(_parents.Of(v)).Where(order.ContainsKey).Select(p => order[p])])
            .ToList();
        var (component, _) = StrongComponents.Find(reached.Count, v => successors[v]);
        return Enumerable.Range(0, reached.Count)
            .GroupBy(v => component[v])
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<Entity>)g.Select(v => _graph.Entities[reached[v]]).OrderBy(e => e.Id, StringComparer.Ordinal).ToList())
            .OrderBy(c => c[0].Id, StringComparer.Ordinal)
            .ToList();
    }
}
