using System.Runtime.CompilerServices;
using Digest.Extractor.Caching;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Caching;

public sealed class ArticleHandOffTests
{
    private static Article Article(string title) => new("article:" + title, title, null, "d.txt", 1, "正文。", false);

    [Fact]
    public void Should_Hand_Out_Each_Article_Once_When_Taken_By_Position()
    {
        var handOff = new ArticleHandOff([Article("a"), Article("b")]);

        Assert.Equal(2, handOff.Count);
        Assert.Equal("b", handOff.Take(1).Title);
        Assert.Equal("a", handOff.Take(0).Title);
        Assert.Throws<InvalidOperationException>(() => handOff.Take(1));
    }

    [Fact]
    public void Should_Leave_A_Peeked_Article_In_Place_Until_It_Is_Taken()
    {
        var handOff = new ArticleHandOff([Article("a")]);

        Assert.Equal("a", handOff.Peek(0).Title);
        Assert.Equal("a", handOff.Take(0).Title);
        Assert.Throws<InvalidOperationException>(() => handOff.Peek(0));
    }

    [Fact]
    public void Should_Let_Go_Of_An_Article_When_It_Is_Taken()
    {
        var (handOff, taken) = HandOffOfOne();

        GC.Collect();

        Assert.False(taken.TryGetTarget(out _));
        Assert.Equal(1, handOff.Count);
    }

    /// <summary>Not inlined, so no local of the caller still refers to the article taken.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ArticleHandOff HandOff, WeakReference<Article> Taken) HandOffOfOne()
    {
        var handOff = new ArticleHandOff([Article("a")]);
        return (handOff, new WeakReference<Article>(handOff.Take(0)));
    }
}
