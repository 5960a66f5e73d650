using Digest.Extractor.Graph.Communities;

namespace Digest.Extractor.Tests.Graph.Communities;

public sealed class ConnectedComponentsTests
{
    [Fact]
    public void Should_Find_Two_Components_Ignoring_Direction_Largest_First()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "C BUILDS_ON B", "X USES Y");

        var component = ConnectedComponents.Compute(graph);

        Assert.Equal([0, 0, 0], new[] { "A", "B", "C" }.Select(n => graph.Of(component, n)));
        Assert.Equal([1, 1], new[] { "X", "Y" }.Select(n => graph.Of(component, n)));
    }

    [Fact]
    public void Should_Report_Components_And_Communities_With_Members_By_Rank()
    {
        var graph = TestGraphs.Build("A USES C", "B USES C", "X USES Y");

        var report = CommunityAnalysis.Compute(graph);

        Assert.Equal(2, report.Components.Count);
        Assert.Equal("C", report.Components[0].Members[0].Name);
        Assert.Equal(2, report.Communities.Count);
        Assert.True(report.Modularity > 0);
    }
}
