using Digest.Extractor.Reading;

namespace Digest.Extractor.Tests.Reading;

public sealed class SourceLinesTests
{
    [Fact]
    public void Should_Number_And_Trim_Lines_Like_Splitting_The_Text_When_Lines_End_In_Crlf()
    {
        const string text = "Category: AI\r\n\r\n  S4 PaperS4 Paper \r\n作者 Albert Gu\r\n\t提出S4。\n";

        var lines = SourceLines.Of(text);

        var expected = text.Split('\n').Select((l, i) => (i + 1, l.Trim())).ToList();
        Assert.Equal(expected, lines.Select(l => (l.Number, l.Text.ToString())));
        Assert.True(lines[1].IsBlank);
        Assert.True(lines[^1].IsBlank);
    }

    [Fact]
    public void Should_Keep_A_Lone_Carriage_Return_Inside_A_Line()
    {
        var line = Assert.Single(SourceLines.Of("a\rb"));

        Assert.Equal("a\rb", line.Text.ToString());
    }

    [Fact]
    public void Should_Join_Line_Slices_With_Newlines_When_Building_A_Body()
    {
        var lines = SourceLines.Of("标题\n第一行。\n\n第二行 ResNet。\n");

        var body = SourceLines.Join([lines[1].Text, lines[3].Text]);

        Assert.Equal("第一行。\n第二行 ResNet。", body);
        Assert.Equal(string.Empty, SourceLines.Join([]));
    }
}
