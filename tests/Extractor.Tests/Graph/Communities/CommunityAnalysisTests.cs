using Digest.Extractor.Graph;
using Digest.Extractor.Graph.Communities;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Tests.Graph.Metrics;

namespace Digest.Extractor.Tests.Graph.Communities;

public sealed class CommunityAnalysisTests
{
    [Fact]
    public void Should_List_Members_By_Descending_PageRank_And_Equal_Ranks_By_Position_On_The_Shared_Sample()
    {
        var graph = KnowledgeGraph.From(SharedSampleGraph.Data);

        var report = CommunityAnalysis.Compute(graph);

        var expected = ByRankWithLinq(GraphMetrics.PageRanks(graph));
        var labels = GraphMetrics.Communities(graph);
        Assert.True(report.Communities.Count > 1);
        Assert.Contains(expected.GroupBy(p => GraphMetrics.PageRanks(graph)[p]), g => g.Count() > 1);
        foreach (var community in report.Communities)
        {
            var positions = community.Members.Select(e => graph.IndexOf(e.Id)).ToList();
            Assert.Equal(expected.Where(p => labels[p] == labels[positions[0]]), positions);
        }
    }

    [Fact]
    public void Should_Put_The_Hub_Of_A_Star_First_And_Its_Equal_Leaves_In_Id_Order()
    {
        var graph = TestGraphs.Build("D USES H", "B USES H", "C USES H", "A USES H");

        var report = CommunityAnalysis.Compute(graph);

        var members = Assert.Single(report.Components).Members.Select(e => e.Name);
        Assert.Equal(["H", "A", "B", "C", "D"], members);
    }

    /// <summary>The order the report promises, written plainly: rank descending, then position.</summary>
    private static List<int> ByRankWithLinq(double[] rank) =>
        Enumerable.Range(0, rank.Length).OrderByDescending(p => rank[p]).ThenBy(p => p).ToList();
}
