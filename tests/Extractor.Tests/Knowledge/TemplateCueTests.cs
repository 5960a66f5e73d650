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
    public void Should_Find_A_Required_Literal_Piece_When_The_Template_Has_One(string template, string cue)
    {
        var required = TemplateCue.Required(template);

        Assert.Contains(required, piece => piece.Order(StringComparer.Ordinal).SequenceEqual(cue.Split('|').Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Should_Find_Every_Required_Piece_But_No_Optional_One()
    {
        var required = TemplateCue.Required("{B}的(核心|关键|主要)?(组件|模块|组成部分|核心)(是|为|包括|在于)…{A+}");

        Assert.Equal(["的", "组件|模块|组成部分|核心", "是|为|包括|在于"], required.Select(piece => string.Join('|', piece)));
    }

    [Theory]
    [InlineData("{A}(是|作为)?{B}")]
    [InlineData("{A}[，,]?{B}")]
    [InlineData("{A}(基于|使用)|{B}用于")]
    public void Should_Have_No_Cue_When_Every_Literal_Is_Optional_Or_Alternative(string template) =>
        Assert.Empty(TemplateCue.Required(template));

    [Fact]
    public void Should_Take_A_Group_Whose_Alternatives_Hold_Groups_As_The_First_Piece_When_Each_Starts_With_A_Literal()
    {
        const string Template = "{A}(可以)?((看作|视为)(是|为)?|是|为){B}的(一种)?([^，的]{0,6}?(版本|变体)|改进版本?|扩展)";

        Assert.Equal(["看作|视为|是|为", "的", "版本|变体|改进版|扩展"], TemplateCue.Required(Template).Select(piece => string.Join('|', piece)));
        Assert.Equal(Template.IndexOf("((", StringComparison.Ordinal), TemplateCue.FirstOffset(Template));
    }

    [Theory]
    [InlineData("{A}([^，]{0,6}?(版本|变体)|改进){B}")]
    [InlineData("{A}(?!不|无)(?<![使采])(?=用){B}")]
    public void Should_Not_Start_With_A_Group_When_A_Match_May_Not_Begin_With_Its_Literals(string template)
    {
        Assert.Empty(TemplateCue.Required(template));
        Assert.Equal(-1, TemplateCue.FirstOffset(template));
    }

    [Fact]
    public void Should_Not_Take_An_Optional_Character_Into_The_Cue()
    {
        Assert.Equal([["改进版"]], TemplateCue.Required("{A}改进版本?{B}"));
    }

    [Theory]
    [InlineData("{A}…(首次|首先)?(提出|介绍)了?…{B+}", 12)]
    [InlineData("{B}…出自(论文|文章)?…{A}", 4)]
    [InlineData("受到?…{B}…启发", 0)]
    [InlineData("{A}(是|作为)?{B}", -1)]
    public void Should_Locate_The_First_Required_Piece_When_The_Template_Has_One(string template, int offset) =>
        Assert.Equal(offset, TemplateCue.FirstOffset(template));
}
