using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Lineage;

/// <summary>
/// Lineage links of every entity as one array in rows (compressed sparse rows): for entity v,
/// the (other entity, relation position) pairs, sorted by other entity then relation type.
/// </summary>
internal sealed class LineageLinks
{
    private readonly int[] _start;
    private readonly (int Other, int Relation)[] _links;

    private LineageLinks(int[] start, (int Other, int Relation)[] links)
    {
        _start = start;
        _links = links;
    }

    /// <summary>Parent links (what an entity builds on) and child links (what builds on it) along the given relation types.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="types">The relation types followed.</param>
    public static (LineageLinks Parents, LineageLinks Children) Build(KnowledgeGraph graph, IReadOnlySet<RelationType> types)
    {
        var relations = graph.Data.Relations.AsImmutableArray();
        var ends = graph.RelationEnds;
        var pairs = new List<(int Child, int Parent, int Relation)>();
        for (var r = 0; r < relations.Length; r++)
        {
            var type = relations[r].Type;
            if (types.Contains(type))
            {
                var (source, target) = ends[r];
                pairs.Add(LineageRelations.ParentIsTarget(type) ? (source, target, r) : (target, source, r));
            }
        }

        var n = graph.Entities.Count;
        return (
            Group(n, pairs.Select(p => (p.Child, p.Parent, p.Relation)).ToList(), relations),
            Group(n, pairs.Select(p => (p.Parent, p.Child, p.Relation)).ToList(), relations));
    }

    /// <summary>The links of an entity.</summary>
    /// <param name="entity">The entity position.</param>
    public ReadOnlySpan<(int Other, int Relation)> Of(int entity) => _links.AsSpan(_start[entity], _start[entity + 1] - _start[entity]);

    /// <summary>How many distinct entities a row links to (rows are sorted by other entity).</summary>
    /// <param name="row">A row.</param>
    public static int DistinctOthers(ReadOnlySpan<(int Other, int Relation)> row)
    {
        var distinct = 0;
        for (var k = 0; k < row.Length; k++)
        {
            if (k == 0 || row[k].Other != row[k - 1].Other)
            {
                distinct++;
            }
        }

        return distinct;
    }

    /// <summary>The other entities of a row, in order (an entity linked by two types appears twice).</summary>
    /// <param name="row">A row.</param>
    public static List<int> Others(ReadOnlySpan<(int Other, int Relation)> row)
    {
        var others = new List<int>(row.Length);
        foreach (var (other, _) in row)
        {
            others.Add(other);
        }

        return others;
    }

    private static LineageLinks Group(int count, List<(int From, int To, int Relation)> pairs, System.Collections.Immutable.ImmutableArray<Relation> relations)
    {
        var start = new int[count + 1];
        foreach (var (from, _, _) in pairs)
        {
            start[from + 1]++;
        }

        for (var v = 0; v < count; v++)
        {
            start[v + 1] += start[v];
        }

        var fill = (int[])start.Clone();
        var links = new (int Other, int Relation)[pairs.Count];
        foreach (var (from, to, relation) in pairs)
        {
            links[fill[from]++] = (to, relation);
        }

        for (var v = 0; v < count; v++)
        {
            links.AsSpan(start[v], start[v + 1] - start[v]).Sort((a, b) =>
                a.Other != b.Other ? a.Other.CompareTo(b.Other) : relations[a.Relation].Type.CompareTo(relations[b.Relation].Type));
        }

        return new LineageLinks(start, links);
    }
}
