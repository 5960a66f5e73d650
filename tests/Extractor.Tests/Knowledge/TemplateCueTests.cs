using Digest.Extractor.Knowledge;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class TemplateCueTests
{
    [Theory]
    [InlineData("{A}…(优于|超过|超越)…{B+}", "优于|超过|超越")]
    [InlineData("{B}…出自(论文|文章)?…{A}", "出自")]
    [InlineData("{B}(方法|模型|技术|架构)?——{A}", "——")]
    [InlineData("{A}…(优于|领先于?|vs\\.?)…{B+}", "优于|领先|vs")]
    [InlineData("{A}(以下)?(简称|下称)…{B}", "简称|下称")]
    [InlineData("{A}…(is|are) (a |an |the )?(core )?(component|components|part|module|modules) of…{B}", "part|module|modules|component|components")]
    public void Should_Pick_A_Required_Literal_Piece_When_The_Template_Has_One(string template, string cue)
    {
        var required = TemplateCue.Required(template);
        Assert.NotNull(required);
        Assert.Equal(cue.Split('|').Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{A}(是|作为)?{B}")]
    [InlineData("{A}[，,]?{B}")]
    [InlineData("{A}(基于|使用)|{B}用于")]
    public void Should_Have_No_Cue_When_Every_Literal_Is_Optional_Or_Alternative(string template) =>
        Assert.Null(TemplateCue.Required(template));

    [Fact]
    public void Should_Not_Take_An_Optional_Character_Into_The_Cue()
    {
        Assert.Equal(["改进版"], TemplateCue.Required("{A}改进版本?{B}"));
    }
}
