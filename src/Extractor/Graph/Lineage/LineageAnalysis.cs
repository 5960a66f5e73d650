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
    private readonly HashSet<RelationType> _via;
    private readonly List<(int Other, Relation Relation)>[] _parents;
    private readonly List<(int Other, Relation Relation)>[] _children;

    /// <summary>Prepares lineage queries.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="via">The relation types to follow (see <see cref="LineageRelations.Supported"/>).</param>
    /// <exception cref="ArgumentException">A type a lineage cannot follow.</exception>
    public LineageAnalysis(KnowledgeGraph graph, IEnumerable<RelationType>? via = null)
    {
        _graph = graph;
        _via = [.. via ?? LineageRelations.Default];
        var unsupported = _via.Where(t => !LineageRelations.Supported.Contains(t)).ToList();
        if (unsupported.Count > 0 || _via.Count == 0)
        {
            throw new ArgumentException(
                $"a lineage follows {string.Join(", ", LineageRelations.Supported.Select(SchemaNames.Name))}, not {string.Join(", ", unsupported.Select(SchemaNames.Name))}",
                nameof(via));
        }

        // Parent and child lists over entity positions, built once so a query or the roots of a
        // corpus-sized graph never rescan the edges.
        var n = graph.Entities.Count;
        _parents = new List<(int, Relation)>[n];
        _children = new List<(int, Relation)>[n];
        for (var i = 0; i < n; i++)
        {
            _parents[i] = [];
            _children[i] = [];
        }

        foreach (var edge in graph.Graph.Edges.Where(e => _via.Contains(e.Type)))
        {
            var source = graph.IndexOf(edge.Source);
            var target = graph.IndexOf(edge.Target);
            var (child, parent) = LineageRelations.ParentIsTarget(edge.Type) ? (source, target) : (target, source);
            _parents[child].Add((parent, edge.Relation));
            _children[parent].Add((child, edge.Relation));
        }

        foreach (var list in _parents.Concat(_children))
        {
            list.Sort((a, b) => a.Other != b.Other ? a.Other.CompareTo(b.Other) : a.Relation.Type.CompareTo(b.Relation.Type));
        }
    }

    /// <summary>Traces the lineage of an entity.</summary>
    /// <param name="start">The entity.</param>
    /// <param name="direction">Ancestors or descendants.</param>
    /// <param name="maxDepth">The most generations to follow.</param>
    public LineageResult Trace(Entity start, LineageDirection direction, int maxDepth = int.MaxValue)
    {
        var children = new Dictionary<string, List<LineageNode>>(StringComparer.Ordinal) { [start.Id] = [] };
        var root = new LineageNode(start, null, 0, children[start.Id]);
        var frontier = new List<LineageNode> { root };
        var truncated = false;
        var reached = new List<Entity> { start };
        while (frontier.Count > 0)
        {
            var next = new List<LineageNode>();
            foreach (var node in frontier)
            {
                foreach (var (other, relation) in Step(_graph.IndexOf(node.Entity.Id), direction))
                {
                    var entity = _graph.Entities[other];
                    if (children.ContainsKey(entity.Id))
                    {
                        continue;
                    }

                    if (node.Depth >= maxDepth)
                    {
                        truncated = true;
                        continue;
                    }

                    children[entity.Id] = [];
                    var child = new LineageNode(entity, relation, node.Depth + 1, children[entity.Id]);
                    children[node.Entity.Id].Add(child);
                    next.Add(child);
                    reached.Add(entity);
                }
            }

            frontier = next;
        }

        var foundations = direction == LineageDirection.Up
            ? reached.Skip(1).Where(e => _parents[_graph.IndexOf(e.Id)].Count == 0).OrderBy(e => e.Id, StringComparer.Ordinal).ToList()
            : [];
        return new LineageResult(direction, root, reached.Count - 1, foundations, Cycles(reached), truncated);
    }

    /// <summary>The roots of the lineage forest: entities with no parents but with descendants, most descendants first.</summary>
    public IReadOnlyList<FoundationalWork> Roots()
    {
        var roots = new List<FoundationalWork>();
        var seen = new int[_graph.Entities.Count];
        var queue = new Queue<int>();
        for (var root = 0; root < _graph.Entities.Count; root++)
        {
            if (_parents[root].Count > 0 || _children[root].Count == 0)
            {
                continue;
            }

            // Mark with root + 1 so one array serves every root without clearing.
            var descendants = 0;
            seen[root] = root + 1;
            queue.Enqueue(root);
            while (queue.TryDequeue(out var v))
            {
                foreach (var (w, _) in _children[v])
                {
                    if (seen[w] != root + 1)
                    {
                        seen[w] = root + 1;
                        descendants++;
                        queue.Enqueue(w);
                    }
                }
            }

            var direct = _children[root].Select(c => c.Other).Distinct().Count();
            roots.Add(new FoundationalWork(_graph.Entities[root], direct, descendants));
        }

        return roots
            .OrderByDescending(r => r.Descendants)
            .ThenBy(r => r.Entity.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Entity.Id, StringComparer.Ordinal)
            .ToList();
    }

    private List<(int Other, Relation Relation)> Step(int entity, LineageDirection direction) =>
        direction == LineageDirection.Up ? _parents[entity] : _children[entity];

    private List<IReadOnlyList<Entity>> Cycles(List<Entity> reached)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reached.Count; i++)
        {
            position[reached[i].Id] = i;
        }

        var successors = reached
            .Select(e => (IReadOnlyList<int>)_parents[_graph.IndexOf(e.Id)]
                .Select(p => _graph.Entities[p.Other].Id)
                .Where(position.ContainsKey)
                .Select(id => position[id])
                .ToList())
            .ToList();
        var (component, _) = StrongComponents.Find(reached.Count, v => successors[v]);
        return Enumerable.Range(0, reached.Count)
            .GroupBy(v => component[v])
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<Entity>)g.Select(v => reached[v]).OrderBy(e => e.Id, StringComparer.Ordinal).ToList())
            .OrderBy(c => c[0].Id, StringComparer.Ordinal)
            .ToList();
    }
}
