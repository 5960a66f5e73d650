using Digest.Extractor.Knowledge;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class CreditWordsTests
{
    [Fact]
    public void Should_Read_Each_Kind_Longest_First_Past_Comments()
    {
        var words = CreditWords.Parse("credit-words.tsv", new StringReader("# c\nverb\t提出\nlead\t由\nlead\t来自\npaper\t论文\npaper\t相关论文\nbyline\t作者\nanaphor\t该论文\n"));

        Assert.Equal(["提出"], words.Verbs);
        Assert.Equal(["来自", "由"], words.Leads);
        Assert.Equal(["相关论文", "论文"], words.Papers);
        Assert.Equal(["作者"], words.Bylines);
        Assert.Equal(["该论文"], words.Anaphors);
    }

    [Theory]
    [InlineData("verb\t提出\nsubject\t由\n")]
    [InlineData("verb\t提出\nlead\n")]
    public void Should_Name_The_File_And_Line_Of_A_Bad_Line(string text)
    {
        var error = Assert.Throws<DigestInputException>(() => CreditWords.Parse("credit-words.tsv", new StringReader(text)));

        Assert.StartsWith("credit-words.tsv:2: ", error.Message, StringComparison.Ordinal);
    }
}
