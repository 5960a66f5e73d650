using Digest.Extractor.Graph.Communities;

namespace Digest.Extractor.Tests.Graph.Communities;

public sealed class CommunityLabelsTests
{
    private static readonly string[] Ids = ["method:a", "method:b", "method:c", "method:d", "method:e"];

    [Fact]
    public void Should_Name_Each_Community_By_Its_Member_Of_Highest_PageRank()
    {
        var labels = CommunityLabels.Of([0, 0, 1, 1, 0], [0.1, 0.3, 0.2, 0.05, 0.2], Ids);

        Assert.Equal(["method:b", "method:b", "method:c", "method:c", "method:b"], labels);
    }

    [Fact]
    public void Should_Name_A_Community_By_Its_Earliest_Id_When_Ranks_Are_Equal()
    {
        var labels = CommunityLabels.Of([1, 0, 0, 1, 1], [0.2, 0.1, 0.1, 0.2, 0.2], Ids);

        Assert.Equal(["method:a", "method:b", "method:b", "method:a", "method:a"], labels);
    }

    [Fact]
    public void Should_Keep_A_Label_When_Another_Community_Grows()
    {
        // Numbered by size, C and D's community would become 0 once E joins it; named, it stays what it was.
        var before = CommunityLabels.Of([0, 0, 1, 1, 2], [0.3, 0.1, 0.2, 0.1, 0.1], Ids);
        var after = CommunityLabels.Of([1, 1, 0, 0, 0], [0.3, 0.1, 0.2, 0.1, 0.1], Ids);

        Assert.Equal(before[..4], after[..4]);
    }

    [Fact]
    public void Should_Number_Stored_Labels_By_Size_Largest_First()
    {
        var numbers = CommunityLabels.Numbers(["method:d", "method:b", "method:b", "method:d", "method:d"]);

        Assert.Equal([0, 1, 1, 0, 0], numbers);
    }

    [Fact]
    public void Should_Refuse_Arrays_Of_Different_Lengths() =>
        Assert.Throws<ArgumentException>(() => CommunityLabels.Of([0, 0], [0.1, 0.2, 0.3], Ids));
}
