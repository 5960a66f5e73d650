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
                foreach (var (entity, relation) in Step(node.Entity.Id, direction))
                {
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
            ? reached.Skip(1).Where(e => !Step(e.Id, LineageDirection.Up).Any()).OrderBy(e => e.Id, StringComparer.Ordinal).ToList()
            : [];
        return new LineageResult(direction, root, reached.Count - 1, foundations, Cycles(reached), truncated);
    }

    /// <summary>The roots of the lineage forest: entities with no parents but with descendants, most descendants first.</summary>
    public IReadOnlyList<FoundationalWork> Roots()
    {
        var roots = new List<FoundationalWork>();
        foreach (var entity in _graph.Entities)
        {
            if (Step(entity.Id, LineageDirection.Up).Any())
            {
                continue;
            }

            var direct = Step(entity.Id, LineageDirection.Down).Select(s => s.Entity.Id).Distinct(StringComparer.Ordinal).Count();
            if (direct > 0)
            {
                roots.Add(new FoundationalWork(entity, direct, Trace(entity, LineageDirection.Down).Count));
            }
        }

        return roots
            .OrderByDescending(r => r.Descendants)
            .ThenBy(r => r.Entity.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Entity.Id, StringComparer.Ordinal)
            .ToList();
    }

    private IEnumerable<(Entity Entity, Relation Relation)> Step(string id, LineageDirection direction)
    {
        var up = direction == LineageDirection.Up;
        var viaTarget = _graph.OutRelations(id)
            .Where(r => _via.Contains(r.Type) && LineageRelations.ParentIsTarget(r.Type) == up)
            .Select(r => (Id: r.TargetId, Relation: r));
        var viaSource = _graph.InRelations(id)
            .Where(r => _via.Contains(r.Type) && LineageRelations.ParentIsTarget(r.Type) != up)
            .Select(r => (Id: r.SourceId, Relation: r));
        return viaTarget.Concat(viaSource)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ThenBy(s => s.Relation.Type)
            .Select(s => (_graph.Entity(s.Id), s.Relation));
    }

    private List<IReadOnlyList<Entity>> Cycles(List<Entity> reached)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reached.Count; i++)
        {
            position[reached[i].Id] = i;
        }

        var successors = reached
            .Select(e => (IReadOnlyList<int>)Step(e.Id, LineageDirection.Up)
                .Where(s => position.ContainsKey(s.Entity.Id))
                .Select(s => position[s.Entity.Id])
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
