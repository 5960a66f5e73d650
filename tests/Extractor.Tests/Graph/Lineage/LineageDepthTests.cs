using Digest.Extractor.Graph.Lineage;

namespace Digest.Extractor.Tests.Graph.Lineage;

public sealed class LineageDepthTests
{
    [Fact]
    public void Should_Count_Generations_Along_The_Longest_Builds_On_Chain()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C", "A BUILDS_ON C", "D USES A", "E");

        var depth = LineageDepth.Compute(graph.Topology);

        Assert.Equal(2, graph.Of(depth, "A"));
        Assert.Equal(1, graph.Of(depth, "B"));
        Assert.Equal(0, graph.Of(depth, "C"));
        Assert.Equal(0, graph.Of(depth, "D"));
        Assert.Equal(0, graph.Of(depth, "E"));
    }

    [Fact]
    public void Should_Give_A_Cycle_One_Shared_Depth()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON A", "B BUILDS_ON R", "C BUILDS_ON A");

        var depth = LineageDepth.Compute(graph.Topology);

        Assert.Equal(1, graph.Of(depth, "A"));
        Assert.Equal(1, graph.Of(depth, "B"));
        Assert.Equal(0, graph.Of(depth, "R"));
        Assert.Equal(2, graph.Of(depth, "C"));
    }
}
