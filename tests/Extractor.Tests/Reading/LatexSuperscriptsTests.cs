using Digest.Extractor.Reading;

namespace Digest.Extractor.Tests.Reading;

public sealed class LatexSuperscriptsTests
{
    [Theory]
    [InlineData("提出U$^2$Mamba网络", "提出U²Mamba网络")]
    [InlineData("D$^{2}$R$^{2}$OSR: Degradation-Disentangled Representation", "D²R²OSR: Degradation-Disentangled Representation")]
    [InlineData("开发了 PyCSP$^3$ Scheduling 库", "开发了 PyCSP³ Scheduling 库")]
    [InlineData("FDr$^k$ 与 $\\times$ 保持原样", "FDr$^k$ 与 $\\times$ 保持原样")]
    [InlineData("没有公式的句子", "没有公式的句子")]
    public void Should_Write_Squares_And_Cubes_As_Superscripts_Only(string text, string expected)
    {
        Assert.Equal(expected, LatexSuperscripts.Render(text));
    }

    [Fact]
    public void Should_Give_A_Name_With_A_Latex_Square_Whole_To_The_Articles_Title_And_Body()
    {
        var articles = DigestReader.ReadFile("d.txt", "U$^2$Mamba: A Nested U-Structure\n\n作者 A Bo 摘要 提出U$^2$Mamba网络。\n", []).ToList();

        var article = Assert.Single(articles);
        Assert.Equal("U²Mamba: A Nested U-Structure", article.Title);
        Assert.Contains("U²Mamba网络", article.Body, StringComparison.Ordinal);
    }
}
