using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Text;

public sealed class TermWordsTests
{
    private static readonly TermWords Words = new(["路由", "对齐", "潜在"]);

    [Theory]
    [InlineData("信号路由", 3, true)]
    [InlineData("预对齐", 1, true)]
    [InlineData("预对齐", 2, true)]
    [InlineData("潜在空间", 1, true)]
    [InlineData("由于噪声", 0, false)]
    [InlineData("对于噪声", 0, false)]
    [InlineData("在线", 0, false)]
    public void Should_Tell_A_Character_Inside_One_Of_The_Words(string text, int at, bool expected)
    {
        Assert.Equal(expected, Words.Covers(text, at));
    }

    [Fact]
    public void Should_Cover_Nothing_When_Empty()
    {
        Assert.False(TermWords.Empty.Covers("路由", 1));
    }
}
