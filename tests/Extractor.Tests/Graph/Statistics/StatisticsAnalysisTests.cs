using Digest.Extractor.Graph.Statistics;

namespace Digest.Extractor.Tests.Graph.Statistics;

public sealed class StatisticsAnalysisTests
{
    [Fact]
    public void Should_Count_Types_Density_Isolated_And_The_Largest_Component()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "A USES B", "B USES C", "X COMPARED_WITH Y", "Z");

        var stats = StatisticsAnalysis.Compute(graph);

        Assert.Equal((6, 4, 1), (stats.Entities, stats.Relations, stats.Articles));
        Assert.Equal([new NamedCount("Method", 6)], stats.EntitiesByType);
        Assert.Equal([new NamedCount("BUILDS_ON", 1), new NamedCount("USES", 2), new NamedCount("COMPARED_WITH", 1)], stats.RelationsByType);
        Assert.Equal(Math.Round(3 / 30.0, 6), stats.Density);
        Assert.Equal((1, 2, 3), (stats.Isolated, stats.Components, stats.LargestComponent));
    }
}
