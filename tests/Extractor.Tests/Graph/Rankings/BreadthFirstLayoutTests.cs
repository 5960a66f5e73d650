using Digest.Extractor.Graph.Rankings;

namespace Digest.Extractor.Tests.Graph.Rankings;

public sealed class BreadthFirstLayoutTests
{
    [Fact]
    public void Should_Number_Entities_In_Breadth_First_Order_Keeping_Each_Neighbour_List_In_Its_Order()
    {
        // Two components, A-D-B and C-E, plus an isolated F: positions A0 B1 C2 D3 E4 F5.
        var graph = TestGraphs.Build("A USES D", "D USES B", "C USES E", "F");
        var index = graph.Index;

        var layout = new BreadthFirstLayout(index);

        // From A: A, then D, then B; then C's component: C, E; then F.
        Assert.Equal(new[] { 0, 2, 3, 1, 4, 5 }, layout.NewPosition);
        for (var v = 0; v < index.Count; v++)
        {
            var u = layout.NewPosition[v];
            var renamed = index.Neighbors(v).ToArray().Select(w => layout.NewPosition[w]);
            Assert.Equal(renamed, layout.Neighbor[layout.Start[u]..layout.Start[u + 1]]);
        }
    }

    [Fact]
    public void Should_Give_Each_Entity_Its_Own_Betweenness_When_The_Layout_Reorders_Them()
    {
        // A bridge B between triangles A-F-C and E-D-G, named so the layout reorders them
        // (A0 C1 F2 B3 E4 D5 G6): scores must still land on the right entities.
        var graph = TestGraphs.Build("A USES F", "F USES C", "C USES A", "C USES B", "B USES E", "E USES D", "D USES G", "G USES E");
        Assert.Equal(new[] { 0, 3, 1, 5, 4, 2, 6 }, new BreadthFirstLayout(graph.Index).NewPosition);

        var score = Betweenness.Compute(graph.Topology);

        // Of the 15 pairs, B sits between the 9 that cross the bridge, C and E between 8 each.
        Assert.Equal(9.0 / 15, graph.Of(score, "B"), 12);
        Assert.Equal(8.0 / 15, graph.Of(score, "C"), 12);
        Assert.Equal(8.0 / 15, graph.Of(score, "E"), 12);
        Assert.Equal(0.0, graph.Of(score, "A"), 12);
    }
}
