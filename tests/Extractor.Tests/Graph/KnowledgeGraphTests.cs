using Digest.Extractor.Graph;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph;

public sealed class KnowledgeGraphTests
{
    private static KnowledgeGraph Named()
    {
        Entity E(string id, EntityType type, string name, int mentions, params string[] aliases) =>
            new(id, type, name, EquatableArray<string>.From(aliases), mentions, EquatableArray<string>.Empty);
        var data = new KnowledgeGraphData(
            EquatableArray<Article>.Empty,
            EquatableArray<Entity>.From([
                E("concept:ntk", EntityType.Concept, "NTK", 2, "神经切线核"),
                E("method:ntk", EntityType.Method, "NTK", 5),
                E("method:rope", EntityType.Method, "RoPE", 9, "旋转位置编码", "Rotary Position Embedding"),
                E("method:skip-tuning", EntityType.Method, "Skip-Tuning", 3, "Skip Tuning"),
            ]),
            EquatableArray<Relation>.Empty,
            EquatableArray<ArticleMention>.Empty);
        return KnowledgeGraph.From(data);
    }

    [Theory]
    [InlineData("RoPE")]
    [InlineData("rope")]
    [InlineData("旋转位置编码")]
    [InlineData("rotary position-embedding")]
    [InlineData("method:rope")]
    public void Should_Find_An_Entity_By_Name_Alias_Or_Id_Ignoring_Case_And_Punctuation(string query)
    {
        var match = Named().Names.Find(query);

        Assert.Equal("method:rope", match.Entity?.Id);
    }

    [Fact]
    public void Should_Prefer_The_Most_Mentioned_Entity_And_Name_The_Others_When_A_Name_Is_Shared()
    {
        var match = Named().Names.Find("NTK");

        Assert.Equal("method:ntk", match.Entity?.Id);
        Assert.Equal(["concept:ntk"], match.Others.Select(e => e.Id));
    }

    [Theory]
    [InlineData("RoPF", "method:rope")]
    [InlineData("skiptuning2", "method:skip-tuning")]
    [InlineData("Skip", "method:skip-tuning")]
    public void Should_Suggest_Close_Names_When_Nothing_Matches(string query, string expected)
    {
        var match = Named().Names.Find(query);

        Assert.Null(match.Entity);
        Assert.Equal(expected, match.Suggestions.FirstOrDefault()?.Id);
    }

    [Fact]
    public void Should_Suggest_Nothing_For_A_Name_Far_From_Every_Entity()
    {
        var match = Named().Names.Find("Transformer-XL");

        Assert.Null(match.Entity);
        Assert.Empty(match.Suggestions);
    }

    [Fact]
    public void Should_Hold_Each_Relation_As_A_QuikGraph_Edge()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "A USES B", "C");

        Assert.Equal(3, graph.Graph.VertexCount);
        Assert.Equal(2, graph.Graph.EdgeCount);
        Assert.Equal(2, graph.Graph.InDegree("method:b"));
        Assert.Equal(0, graph.Graph.Degree("method:c"));
    }

    [Fact]
    public void Should_Refuse_A_Relation_To_An_Unknown_Entity()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B");
        var broken = graph.Data with { Entities = EquatableArray<Entity>.From(graph.Data.Entities.Take(1)) };

        var error = Assert.Throws<InvalidDataException>(() => KnowledgeGraph.From(broken));

        Assert.Contains("method:b", error.Message);
    }

    [Fact]
    public void Should_Make_One_Set_Of_Adjacency_Arrays_Whether_Asked_Directly_Or_Through_The_Topology()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "C USES B", "C USES B");

        var direct = graph.Index;

        Assert.Same(direct, graph.Topology.Index);
        Assert.Equal([0, 1, 3, 4], direct.Start);
        Assert.Equal([1, 0, 2, 1], direct.Neighbor);
        Assert.Equal([1.0, 1, 2, 2], direct.Weight);
    }
}
