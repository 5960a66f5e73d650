using Digest.Extractor.Building;

namespace Digest.Extractor.Tests.Building;

public sealed class ArticlePlacesTests
{
    [Fact]
    public void Should_Refuse_Starts_That_Do_Not_Step_Through_The_Places()
    {
        Assert.Throws<ArgumentException>(() => new ArticlePlaces([], []));
        Assert.Throws<ArgumentException>(() => new ArticlePlaces([1, 2], [0, 1]));
        Assert.Throws<ArgumentException>(() => new ArticlePlaces([0, 2, 1], [0, 1]));
        Assert.Throws<ArgumentException>(() => new ArticlePlaces([0, 1], [0, 1]));
        Assert.Equal([4, 5], new ArticlePlaces([0, 1, 3], [3, 4, 5]).Of(1).ToArray());
    }

    [Fact]
    public void Should_Replace_Some_Articles_Places_Whatever_Their_Counts()
    {
        var places = new ArticlePlaces([0, 1, 3, 3], [3, 4, 5]);

        var replaced = places.With(new Dictionary<int, int[]> { [1] = [4], [2] = [7, -1] });

        Assert.Equal([0, 1, 2, 4], replaced.Starts.ToArray());
        Assert.Equal([3, 4, 7, -1], replaced.All.ToArray());
        Assert.Equal([3, 4, 5], places.All.ToArray());
    }
}
