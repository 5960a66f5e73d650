using Digest.Extractor.Graph.Rankings;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph.Rankings;

public sealed class RankingAnalysisTests
{
    private static readonly string[] Edges = ["A USES C", "B USES C", "D USES C", "C BUILDS_ON E", "A BUILDS_ON E", "Z"];

    [Fact]
    public void Should_Rank_By_In_Degree_Of_One_Relation_Type()
    {
        var graph = TestGraphs.Build(Edges);

        var top = new RankingAnalysis(graph).Top(RankingMeasure.InDegree, 10, relation: RelationType.BuildsOn);

        var first = Assert.Single(top);
        Assert.Equal(("E", 2.0, 1), (first.Entity.Name, first.Score, first.Rank));
    }

    [Fact]
    public void Should_Rank_By_Total_Degree_Breaking_Ties_By_Name_And_Leaving_Out_Zeros()
    {
        var graph = TestGraphs.Build(Edges);

        var top = new RankingAnalysis(graph).Top(RankingMeasure.Degree, 10);

        Assert.Equal(["C", "A", "E", "B", "D"], top.Select(r => r.Entity.Name));
        Assert.Equal([4.0, 2, 2, 1, 1], top.Select(r => r.Score));
    }

    [Fact]
    public void Should_Keep_Only_The_Asked_Type_And_Count()
    {
        var graph = TestGraphs.Build(Edges);

        Assert.Equal(2, new RankingAnalysis(graph).Top(RankingMeasure.PageRank, 2).Count);
        Assert.Empty(new RankingAnalysis(graph).Top(RankingMeasure.PageRank, 10, EntityType.Author));
        Assert.Equal("E", new RankingAnalysis(graph).Top(RankingMeasure.PageRank, 1, EntityType.Method)[0].Entity.Name);
    }
}
