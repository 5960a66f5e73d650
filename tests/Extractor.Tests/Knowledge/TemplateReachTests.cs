using Digest.Extractor.Knowledge;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class TemplateReachTests
{
    [Theory]
    [InlineData("{A}…", 11 + TemplateReach.GapLength)]
    [InlineData("{A}…(首次|首先|最早|正式)?", 11 + TemplateReach.GapLength + 2)]
    [InlineData("{B}…(是|为)?(由|在){A}(中|里)?(首次)?", 4 + TemplateReach.GapLength + 1 + 1 + 11 + 1 + 2)]
    [InlineData("{B}(,)? ", 4 + 1 + 1)]
    [InlineData("{B}[，,]?", 4 + 1)]
    [InlineData("《?[\\uE000-\\uF8FF]》?[(（](简称|下称)?", 1 + 1 + 1 + 1 + 2)]
    [InlineData("(?=[，,])x{2,3}", 3)]
    [InlineData("vs\\.?", 3)]
    [InlineData("", 0)]
    public void Should_Bound_The_Text_When_Every_Item_Is_Bounded(string text, int longest) =>
        Assert.Equal(longest, TemplateReach.Longest(text, 11, 4));

    [Theory]
    [InlineData("{A+}…")]
    [InlineData("在{B+}(等)?")]
    [InlineData("a*")]
    [InlineData("(a|b)+")]
    [InlineData("x{2,}")]
    [InlineData("(?<n>a)")]
    [InlineData("(?i)a")]
    [InlineData("\\1")]
    [InlineData("\\u12")]
    [InlineData("[a{A}]")]
    [InlineData("a)")]
    public void Should_Give_No_Bound_When_An_Item_Is_Unbounded_Or_Not_Understood(string text) =>
        Assert.Null(TemplateReach.Longest(text, 11, 4));
}
