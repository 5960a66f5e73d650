using Digest.Extractor.Model;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class MetricsIndexTests
{
    [Fact]
    public void Should_Find_Metrics_By_Id_When_They_Do_Not_Line_Up_With_The_Entities()
    {
        var graph = Graph(["method:a", "method:b", "method:c"], [Metrics("method:c", "method:c"), Metrics("method:a", "method:c")]);
        var index = new MetricsIndex(graph);

        Assert.Equal("method:c", index.Of(0, "method:a")!.Community);
        Assert.Null(index.Of(1, "method:b"));
        Assert.Equal("method:c", index.Of(2, "method:c")!.EntityId);
    }

    [Fact]
    public void Should_Find_Metrics_By_Position_When_They_Line_Up()
    {
        var graph = Graph(["method:a", "method:b"], [Metrics("method:a", "method:a"), Metrics("method:b", "method:a")]);

        Assert.Equal("method:b", new MetricsIndex(graph).Of(1, "method:b")!.EntityId);
    }

    [Fact]
    public void Should_Find_Nothing_When_No_Metrics_Are_Stored()
    {
        Assert.Null(new MetricsIndex(Graph(["method:a"], [])).Of(0, "method:a"));
    }

    private static EntityMetrics Metrics(string id, string community) => new(id, 0.1, 0.2, community, 0);

    private static KnowledgeGraphData Graph(string[] ids, EntityMetrics[] metrics) => new(
        EquatableArray<Article>.Empty,
        EquatableArray<Entity>.From(ids.Select(id => new Entity(id, EntityType.Method, id, EquatableArray<string>.Empty, 1, EquatableArray<string>.Empty))),
        EquatableArray<Relation>.Empty,
        EquatableArray<ArticleMention>.Empty,
        EquatableArray<EntityMetrics>.From(metrics));
}
