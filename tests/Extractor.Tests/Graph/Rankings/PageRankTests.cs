using Digest.Extractor.Graph.Rankings;

namespace Digest.Extractor.Tests.Graph.Rankings;

public sealed class PageRankTests
{
    [Fact]
    public void Should_Match_The_Closed_Form_For_A_Star_Pointing_At_Its_Centre()
    {
        // Leaves l and centre c: c = 0.03 + 0.85 * (4l + c/5), l = 0.03 + 0.85 * c/5, 4l + c = 1.
        var graph = TestGraphs.Build("A USES C", "B USES C", "D USES C", "E USES C");

        var rank = PageRank.Compute(graph.Topology);

        Assert.Equal(0.88 / 1.68, graph.Of(rank, "C"), 9);
        Assert.Equal((1 - (0.88 / 1.68)) / 4, graph.Of(rank, "A"), 9);
        Assert.Equal(1.0, rank.Sum(), 9);
    }

    [Fact]
    public void Should_Spread_Rank_Evenly_Around_A_Cycle()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C", "C BUILDS_ON A");

        var rank = PageRank.Compute(graph.Topology);

        Assert.All(rank, r => Assert.Equal(1.0 / 3, r, 9));
    }

    [Fact]
    public void Should_Rank_The_End_Of_A_Chain_Above_Its_Start()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C");

        var rank = PageRank.Compute(graph.Topology);

        Assert.True(graph.Of(rank, "C") > graph.Of(rank, "B"));
        Assert.True(graph.Of(rank, "B") > graph.Of(rank, "A"));
    }
}
