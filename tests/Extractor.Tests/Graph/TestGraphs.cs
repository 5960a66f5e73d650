using Digest.Extractor.Graph;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph;

/// <summary>Small hand-built graphs with known answers: entities are named by the letters in the edge list.</summary>
internal static class TestGraphs
{
    /// <summary>Builds a graph from lines such as <c>"A BUILDS_ON B"</c>; a single name adds an isolated entity.</summary>
    public static KnowledgeGraph Build(params string[] lines)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var relations = new List<Relation>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            names.Add(parts[0]);
            if (parts.Length == 1)
            {
                continue;
            }

            Assert.True(SchemaNames.TryParseRelation(parts[1], out var type), parts[1]);
            names.Add(parts[2]);
            var evidence = new Evidence("article:a1", $"{parts[0]} {parts[1]} {parts[2]}.", "test");
            relations.Add(new Relation(Id(parts[0]), type, Id(parts[2]), EquatableArray<Evidence>.From([evidence]), 0.9));
        }

        var entities = names.Select(n => new Entity(Id(n), EntityType.Method, n, EquatableArray<string>.Empty, 1, EquatableArray<string>.From(["article:a1"])));
        var data = new KnowledgeGraphData(
            EquatableArray<Article>.From([new Article("article:a1", "A1", null, "t.txt", 1, string.Empty, false)]),
            EquatableArray<Entity>.From(entities.OrderBy(e => e.Id, StringComparer.Ordinal)),
            EquatableArray<Relation>.From(relations),
            EquatableArray<ArticleMention>.From(names.Select(n => new ArticleMention("article:a1", Id(n), 1))));
        return KnowledgeGraph.From(data);
    }

    public static string Id(string name) => "method:" + name.ToLowerInvariant();

    /// <summary>The score of an entity by name from a per-position array.</summary>
    public static T Of<T>(this KnowledgeGraph graph, T[] values, string name) => values[graph.IndexOf(Id(name))];
}
