using Digest.Extractor.Model;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class TypeGroupsTests
{
    [Fact]
    public void Should_Group_Positions_By_Type_In_Ascending_Type_And_List_Order_As_GroupBy_OrderBy_Does()
    {
        EntityType[] types = [EntityType.Dataset, EntityType.Paper, EntityType.Dataset, EntityType.Author, EntityType.Paper];

        var groups = TypeGroups.Of(types, t => t);

        var expected = types.Select((t, i) => (t, i)).GroupBy(p => p.t).OrderBy(g => g.Key).Select(g => $"{g.Key}: {string.Join(' ', g.Select(p => p.i))}");
        Assert.Equal(expected, groups.Select(g => $"{g.Key}: {string.Join(' ', g.Value)}"));
        Assert.Equal(["Paper: 1 4", "Author: 3", "Dataset: 0 2"], groups.Select(g => $"{g.Key}: {string.Join(' ', g.Value)}"));
    }

    [Fact]
    public void Should_Have_No_Group_When_The_List_Is_Empty()
    {
        Assert.Empty(TypeGroups.Of(Array.Empty<EntityType>(), t => t));
    }
}
