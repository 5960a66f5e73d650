using Digest.Extractor.Graph;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph.Metrics;

public sealed class GraphMetricsTests
{
    [Fact]
    public void Should_Attach_Rounded_Metrics_To_Every_Entity_In_Id_Order()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C", "X USES Y");

        var data = GraphMetrics.Attach(graph.Data);

        Assert.Equal(data.Entities.Select(e => e.Id), data.Metrics.Select(m => m.EntityId));
        var b = data.Metrics.Single(m => m.EntityId == "method:b");
        // B sits on the one path A-C: 1 pair of the (5-1)(5-2)/2 = 6 a node can sit between.
        Assert.Equal((0.166667, 1), (b.Betweenness, b.LineageDepth));
        Assert.All(data.Metrics, m => Assert.Equal(Math.Round(m.PageRank, 6), m.PageRank));

        // Each community is named by its member of highest PageRank: C, which A and B build on, and Y, which X uses.
        Assert.Equal(["method:c", "method:c", "method:c", "method:y", "method:y"], data.Metrics.Select(m => m.Community));
    }

    [Fact]
    public void Should_Read_Stored_Metrics_Instead_Of_Recomputing()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B");
        var stored = graph.Data with
        {
            Metrics = EquatableArray<EntityMetrics>.From([new EntityMetrics("method:a", 0.25, 0, "method:b", 3), new EntityMetrics("method:b", 0.75, 0, "method:b", 0)]),
        };

        var view = KnowledgeGraph.From(stored);

        Assert.True(view.HasMetrics);
        Assert.Equal([0.25, 0.75], GraphMetrics.PageRanks(view));
        Assert.Equal([0, 0], GraphMetrics.Communities(view));
        Assert.Equal([3, 0], GraphMetrics.LineageDepths(view));
    }
}
