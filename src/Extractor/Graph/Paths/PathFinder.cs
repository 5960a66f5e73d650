using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Paths;

/// <summary>
/// Shortest paths between two entities over any typed relation, ignoring direction unless
/// asked: breadth first search that stops at the target's distance, then every shortest path
/// (up to a limit) in id order.
/// </summary>
/// <param name="graph">The graph.</param>
public sealed class PathFinder(KnowledgeGraph graph)
{
    /// <summary>The default number of shortest paths returned.</summary>
    public const int DefaultLimit = 5;

    /// <summary>The shortest paths from one entity to another; empty when none exists.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <param name="directed">Whether to follow relations only from source to target.</param>
    /// <param name="limit">The most paths to return.</param>
    public IReadOnlyList<GraphPath> Shortest(Entity from, Entity to, bool directed = false, int limit = DefaultLimit)
    {
        var index = graph.Index;
        var start = graph.IndexOf(from.Id);
        var end = graph.IndexOf(to.Id);
        if (start == end)
        {
            return [];
        }

        var distance = new int[index.Count];
        Array.Fill(distance, -1);
        var predecessors = new Dictionary<int, List<int>>();
        distance[start] = 0;
        var frontier = new List<int> { start };
        while (frontier.Count > 0 && distance[end] < 0)
        {
            var next = new List<int>();
            foreach (var v in frontier)
            {
                foreach (var w in directed ? index.OutNeighbors(v) : index.Neighbors(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        next.Add(w);
                        predecessors[w] = [];
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        predecessors[w].Add(v);
                    }
                }
            }

            frontier = next;
        }

        if (distance[end] < 0)
        {
            return [];
        }

        var paths = new List<GraphPath>();
        Collect(end, [end], predecessors, start, directed, limit, paths);
        return paths;
    }

    private void Collect(int v, List<int> suffix, Dictionary<int, List<int>> predecessors, int start, bool directed, int limit, List<GraphPath> paths)
    {
        if (paths.Count >= limit)
        {
            return;
        }

        if (v == start)
        {
            paths.Add(ToPath(suffix, directed));
            return;
        }

        foreach (var p in predecessors[v].Order())
        {
            suffix.Insert(0, p);
            Collect(p, suffix, predecessors, start, directed, limit, paths);
            suffix.RemoveAt(0);
        }
    }

    private GraphPath ToPath(List<int> vertices, bool directed)
    {
        // Positions of the relations joining each hop, then their evidence in one pass.
        var joining = new List<List<int>>();
        for (var i = 0; i + 1 < vertices.Count; i++)
        {
            var (from, to) = (vertices[i], vertices[i + 1]);
            var positions = new List<int>();
            foreach (var r in graph.OutRelationsAt(from))
            {
                if (graph.RelationEnds[r].Target == to)
                {
                    positions.Add(r);
                }
            }

            if (!directed)
            {
                foreach (var r in graph.InRelationsAt(from))
                {
                    if (graph.RelationEnds[r].Source == to)
                    {
                        positions.Add(r);
                    }
                }
            }

            joining.Add(positions);
        }

        var relations = graph.WithEvidenceAt(joining.SelectMany(p => p).ToList());
        var hops = new List<PathHop>();
        var next = 0;
        for (var i = 0; i < joining.Count; i++)
        {
            var hop = relations.Skip(next).Take(joining[i].Count).OrderBy(r => r.Type).ThenBy(r => r.SourceId, StringComparer.Ordinal).ToList();
            next += joining[i].Count;
            hops.Add(new PathHop(graph.Entities[vertices[i]], graph.Entities[vertices[i + 1]], hop));
        }

        return new GraphPath(hops);
    }
}
