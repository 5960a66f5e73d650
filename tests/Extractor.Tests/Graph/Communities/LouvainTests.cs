using Digest.Extractor.Graph.Communities;

namespace Digest.Extractor.Tests.Graph.Communities;

public sealed class LouvainTests
{
    private static readonly string[] TwoTriangles =
        ["A USES B", "B USES C", "C USES A", "D USES E", "E USES F", "F USES D", "C BUILDS_ON D"];

    [Fact]
    public void Should_Split_Two_Triangles_Joined_By_One_Edge()
    {
        var graph = TestGraphs.Build(TwoTriangles);

        var community = Louvain.Compute(graph.Topology);

        Assert.Equal(2, community.Distinct().Count());
        Assert.Equal(graph.Of(community, "A"), graph.Of(community, "C"));
        Assert.Equal(graph.Of(community, "D"), graph.Of(community, "F"));
        Assert.NotEqual(graph.Of(community, "A"), graph.Of(community, "D"));
        Assert.Equal((6.0 / 7) - 0.5, Louvain.Modularity(graph, community), 12);
    }

    [Fact]
    public void Should_Number_Communities_By_Size_And_Keep_Isolated_Entities_Alone()
    {
        var graph = TestGraphs.Build("A USES B", "B USES C", "C USES A", "X USES Y", "Z");

        var community = Louvain.Compute(graph.Topology);

        Assert.Equal(0, graph.Of(community, "B"));
        Assert.Equal(1, graph.Of(community, "X"));
        Assert.Equal(graph.Of(community, "X"), graph.Of(community, "Y"));
        Assert.Equal(2, graph.Of(community, "Z"));
    }

    [Fact]
    public void Should_Give_The_Same_Partition_Every_Run()
    {
        var lines = Enumerable.Range(0, 40).Select(i => $"N{i % 13} USES N{(i * 7) % 17}").ToArray();

        var first = Louvain.Compute(TestGraphs.Build(lines).Topology);
        var second = Louvain.Compute(TestGraphs.Build(lines).Topology);

        Assert.Equal(first, second);
    }
}
