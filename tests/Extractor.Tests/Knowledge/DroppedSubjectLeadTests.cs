using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class DroppedSubjectLeadTests
{
    /// <summary>The lead's pattern taking a whole piece of text.</summary>
    private static readonly Regex Whole = new(@"\A(?:" + DroppedSubjectLead.Pattern + @")\z");

    [Theory]
    [InlineData("优于", 0)]
    [InlineData("并在", 1)]
    [InlineData("并且有效地优于", 5)]
    [InlineData("预训练过程中，基于此有效地优于", 13)]
    [InlineData("实验中仍优于", 4)]
    [InlineData("实验使用", 2)]
    [InlineData("训练基于", 0)]
    [InlineData("训练时使用", 3)]
    [InlineData("同时还", 2)]
    [InlineData("专门用于", 2)]
    [InlineData("天然适合", 2)]
    public void Should_Take_The_Longest_Lead_When_A_Clause_Opens_With_One(string text, int expected) =>
        Assert.Equal(expected, DroppedSubjectLead.LongestAt(text));

    [Fact]
    public void Should_Take_What_The_Pattern_Can_Take_At_Most_When_Run_On_Every_Clause_Of_The_Shared_Sample_And_Corpus()
    {
        var clauses = 0;
        var led = 0;
        foreach (var body in SharedTexts.Bodies)
        {
            foreach (var clause in body.Split(['，', ',', '；', ';', '：', ':', '。'], StringSplitOptions.TrimEntries))
            {
                var longest = Enumerable.Range(0, Math.Min(clause.Length, 20) + 1).Where(n => Whole.IsMatch(clause.AsSpan(0, n))).Max();
                Assert.True(longest == DroppedSubjectLead.LongestAt(clause), clause);
                clauses++;
                led += longest > 0 ? 1 : 0;
            }
        }

        Assert.True(clauses > 50_000 && led > 5_000, $"{clauses} clauses, {led} led");
    }
}
