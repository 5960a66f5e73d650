using Digest.Extractor.Graph.Rankings;

namespace Digest.Extractor.Tests.Graph.Rankings;

public sealed class BreadthFirstLayoutTests
{
    [Fact]
    public void Should_Number_Entities_In_Breadth_First_Order_Keeping_Each_Neighbour_List_In_Its_Order_When_All_Are_Leaves()
    {
        // Two components, A-D-B and C-E, plus an isolated F: positions A0 B1 C2 D3 E4 F5. Every neighbour is a leaf but D.
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
    public void Should_List_Each_Entitys_Leaves_After_Its_Other_Neighbours()
    {
        // B's neighbours in id order are A (a leaf), C (which also joins D) and E (a leaf): C comes first, then A and E.
        var graph = TestGraphs.Build("A USES B", "B USES C", "C USES D", "B USES E");
        var layout = new BreadthFirstLayout(graph.Index);
        int At(string name) => layout.NewPosition[graph.IndexOf(TestGraphs.Id(name))];

        var b = At("B");

        Assert.Equal(new[] { At("C"), At("A"), At("E") }, layout.Neighbor[layout.Start[b]..layout.Start[b + 1]]);
        Assert.Equal(layout.Start[b] + 1, layout.LeafStart[b]);
        Assert.True(layout.IsLeaf(At("A")));
        Assert.False(layout.IsLeaf(b));
        var c = At("C");
        Assert.Equal(new[] { b, At("D") }, layout.Neighbor[layout.Start[c]..layout.Start[c + 1]]);
        Assert.Equal(layout.Start[c] + 1, layout.LeafStart[c]);
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
