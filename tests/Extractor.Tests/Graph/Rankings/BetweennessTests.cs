using Digest.Extractor.Graph.Rankings;

namespace Digest.Extractor.Tests.Graph.Rankings;

public sealed class BetweennessTests
{
    [Fact]
    public void Should_Give_The_Middle_Of_A_Chain_All_The_Paths()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(1.0, graph.Of(score, "B"), 12);
        Assert.Equal(0.0, graph.Of(score, "A"), 12);
    }

    [Fact]
    public void Should_Split_The_Paths_Across_A_Diamond()
    {
        // Ignoring direction the diamond is a 4-cycle: B and C each carry half of the pair (A, D),
        // A and D half of (B, C); normalised by the 3 pairs a node can sit between.
        var graph = TestGraphs.Build("D BUILDS_ON B", "D BUILDS_ON C", "B BUILDS_ON A", "C BUILDS_ON A");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(0.5 / 3, graph.Of(score, "B"), 12);
        Assert.Equal(0.5 / 3, graph.Of(score, "C"), 12);
        Assert.Equal(0.5 / 3, graph.Of(score, "A"), 12);
    }

    [Fact]
    public void Should_Make_The_Centre_Of_A_Star_The_Only_Bridge()
    {
        var graph = TestGraphs.Build("A USES C", "B USES C", "D USES C", "E USES C");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(1.0, graph.Of(score, "C"), 12);
        Assert.Equal(0.0, score.Sum() - 1.0, 12);
    }

    [Fact]
    public void Should_Count_Leaves_As_Ends_Of_Paths_When_They_Hang_Off_A_Cycle()
    {
        // A square A-B-C-D with leaves E, F on C and G on A: two shortest paths lead from each
        // leaf across the square, so the leaves' parents carry split path counts. Expected values
        // from networkx.betweenness_centrality.
        var graph = TestGraphs.Build("A USES B", "B USES C", "C USES D", "D USES A", "E USES C", "F USES C", "G USES A");

        var score = Betweenness.Compute(graph.Topology);

        Assert.Equal(0.36666666666666664, graph.Of(score, "A"), 12);
        Assert.Equal(0.2, graph.Of(score, "B"), 12);
        Assert.Equal(0.6333333333333333, graph.Of(score, "C"), 12);
        Assert.Equal(0.2, graph.Of(score, "D"), 12);
        Assert.Equal(0.0, graph.Of(score, "E"), 12);
        Assert.Equal(0.0, graph.Of(score, "G"), 12);
    }
}
