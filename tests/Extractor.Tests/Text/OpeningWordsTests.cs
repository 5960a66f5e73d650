using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Text;

public sealed class OpeningWordsTests
{
    private static readonly string[] Openers = ["是一个", "是一种", "：", "等人"];

    [Theory]
    [InlineData("是一个流式视频生成框架", "是一个")]
    [InlineData(" 等人(2015)提出", "等人")]
    [InlineData("：一种方法", "：")]
    [InlineData("是视频生成中的关键问题", null)]
    [InlineData("", null)]
    public void Should_Find_The_Word_A_Text_Opens_With_After_Its_Spaces(string text, string? expected) =>
        Assert.Equal(expected, OpeningWords.Find(text, Openers));
}
