using Digest.Extractor.Graph;
using Digest.Extractor.Graph.Paths;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph.Paths;

public sealed class PathFinderTests
{
    private static IReadOnlyList<GraphPath> Paths(KnowledgeGraph graph, string from, string to, bool directed = false) =>
        new PathFinder(graph).Shortest(graph.Entity(TestGraphs.Id(from)), graph.Entity(TestGraphs.Id(to)), directed);

    private static string Names(GraphPath path) => string.Join(">", path.Entities.Select(e => e.Name));

    [Fact]
    public void Should_Find_Both_Shortest_Paths_Across_A_Diamond_Ignoring_Direction()
    {
        var graph = TestGraphs.Build("D BUILDS_ON B", "D BUILDS_ON C", "B BUILDS_ON A", "C USES A", "D COMPARED_WITH E", "E COMPARED_WITH F", "F COMPARED_WITH A");

        var paths = Paths(graph, "A", "D");

        Assert.Equal(["A>B>D", "A>C>D"], paths.Select(Names));
        var hop = paths[1].Hops[0];
        var relation = Assert.Single(hop.Relations);
        Assert.Equal((RelationType.Uses, "method:c"), (relation.Type, relation.SourceId));
        Assert.Equal("C USES A.", relation.Evidence[0].Sentence);
    }

    [Fact]
    public void Should_Follow_Only_Forward_Relations_When_Directed()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B BUILDS_ON C");

        Assert.Equal(["A>B>C"], Paths(graph, "A", "C", directed: true).Select(Names));
        Assert.Empty(Paths(graph, "C", "A", directed: true));
        Assert.Equal(["C>B>A"], Paths(graph, "C", "A").Select(Names));
    }

    [Fact]
    public void Should_List_Every_Relation_Joining_The_Two_Ends_Of_A_Hop()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "B COMPARED_WITH A");

        var hop = Assert.Single(Assert.Single(Paths(graph, "A", "B")).Hops);

        Assert.Equal([RelationType.BuildsOn, RelationType.ComparedWith], hop.Relations.Select(r => r.Type));
    }

    [Fact]
    public void Should_Find_No_Path_Between_Two_Components()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "C BUILDS_ON D");

        Assert.Empty(Paths(graph, "A", "D"));
    }

    [Fact]
    public void Should_Stop_At_The_Path_Limit_In_A_Cycle_Rich_Graph()
    {
        var lines = Enumerable.Range(0, 8).SelectMany(i => new[] { $"S USES M{i}", $"M{i} USES T" }).ToArray();
        var graph = TestGraphs.Build(lines);

        var paths = new PathFinder(graph).Shortest(graph.Entity(TestGraphs.Id("S")), graph.Entity(TestGraphs.Id("T")), limit: 3);

        Assert.Equal(["S>M0>T", "S>M1>T", "S>M2>T"], paths.Select(Names));
    }
}
