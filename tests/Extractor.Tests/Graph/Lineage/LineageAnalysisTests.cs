using Digest.Extractor.Graph;
using Digest.Extractor.Graph.Lineage;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph.Lineage;

public sealed class LineageAnalysisTests
{
    private static IEnumerable<LineageNode> Flatten(LineageNode node) => node.Children.SelectMany(Flatten).Prepend(node);

    private static Dictionary<string, int> Depths(LineageResult result) =>
        Flatten(result.Tree).ToDictionary(n => n.Entity.Name, n => n.Depth);

    private static LineageResult Trace(KnowledgeGraph graph, string name, LineageDirection direction, int depth = int.MaxValue, params RelationType[] via) =>
        new LineageAnalysis(graph, via.Length == 0 ? null : via).Trace(graph.Entity(TestGraphs.Id(name)), direction, depth);

    [Fact]
    public void Should_Trace_A_Chain_Up_With_Depths_And_Its_Foundation()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C");

        var result = Trace(graph, "A", LineageDirection.Up);

        Assert.Equal(new Dictionary<string, int> { ["A"] = 0, ["B"] = 1, ["C"] = 2 }, Depths(result));
        Assert.Equal(["C"], result.Foundations.Select(e => e.Name));
        Assert.Equal(2, result.Count);
        Assert.Empty(result.Cycles);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Should_Trace_A_Chain_Down_From_Its_Root()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C");

        var result = Trace(graph, "C", LineageDirection.Down);

        Assert.Equal(new Dictionary<string, int> { ["C"] = 0, ["B"] = 1, ["A"] = 2 }, Depths(result));
        Assert.Empty(result.Foundations);
    }

    [Fact]
    public void Should_Stop_At_The_Depth_Limit_And_Say_So()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C");

        var result = Trace(graph, "A", LineageDirection.Up, depth: 1);

        Assert.Equal(["A", "B"], Depths(result).Keys);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Should_Place_The_Shared_Ancestor_Of_A_Diamond_Once()
    {
        var graph = TestGraphs.Build("D BUILDS_ON B", "D BUILDS_ON C", "B BUILDS_ON A", "C BUILDS_ON A");

        var result = Trace(graph, "D", LineageDirection.Up);

        Assert.Equal(new Dictionary<string, int> { ["D"] = 0, ["B"] = 1, ["C"] = 1, ["A"] = 2 }, Depths(result));
        Assert.Equal(3, result.Count);
        Assert.Equal(["A"], result.Foundations.Select(e => e.Name));
        Assert.Empty(result.Cycles);
    }

    [Fact]
    public void Should_Report_A_Cycle_Without_Looping()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C", "C BUILDS_ON A", "C BUILDS_ON X");

        var result = Trace(graph, "A", LineageDirection.Up);

        Assert.Equal(3, result.Count);
        var cycle = Assert.Single(result.Cycles);
        Assert.Equal(["A", "B", "C"], cycle.Select(e => e.Name));
        Assert.Equal(["X"], result.Foundations.Select(e => e.Name));
    }

    [Fact]
    public void Should_Follow_Uses_Only_When_Asked()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "A USES T");

        var lineage = Trace(graph, "A", LineageDirection.Up);
        var withUses = Trace(graph, "A", LineageDirection.Up, int.MaxValue, RelationType.BuildsOn, RelationType.Uses);

        Assert.DoesNotContain("T", Depths(lineage).Keys);
        Assert.Contains("T", Depths(withUses).Keys);
        Assert.Equal(RelationType.Uses, Flatten(withUses.Tree).Single(n => n.Entity.Name == "T").Via?.Type);
    }

    [Fact]
    public void Should_Take_The_Paper_As_The_Parent_Of_What_It_Introduces()
    {
        var graph = TestGraphs.Build("P INTRODUCES M", "N BUILDS_ON M");

        var up = Trace(graph, "N", LineageDirection.Up, int.MaxValue, RelationType.BuildsOn, RelationType.Introduces);
        var down = Trace(graph, "P", LineageDirection.Down, int.MaxValue, RelationType.BuildsOn, RelationType.Introduces);

        Assert.Equal(new Dictionary<string, int> { ["N"] = 0, ["M"] = 1, ["P"] = 2 }, Depths(up));
        Assert.Equal(new Dictionary<string, int> { ["P"] = 0, ["M"] = 1, ["N"] = 2 }, Depths(down));
    }

    [Fact]
    public void Should_List_Roots_With_Descendants_But_Not_Isolated_Entities()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C", "D BUILDS_ON C", "E BUILDS_ON F", "Z");

        var roots = new LineageAnalysis(graph).Roots();

        Assert.Equal(["C", "F"], roots.Select(r => r.Entity.Name));
        Assert.Equal((2, 3), (roots[0].Children, roots[0].Descendants));
    }

    [Fact]
    public void Should_Refuse_A_Relation_Type_A_Lineage_Cannot_Follow()
    {
        var graph = TestGraphs.Build("A COMPARED_WITH B");

        var error = Assert.Throws<ArgumentException>(() => new LineageAnalysis(graph, [RelationType.ComparedWith]));

        Assert.Contains("COMPARED_WITH", error.Message);
    }
}
