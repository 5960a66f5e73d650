using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class NameTrieTests
{
    private static readonly NameTrie Trie = new(LongestNameCases.Names);

    [Theory]
    [MemberData(nameof(LongestNameCases.Cases), MemberType = typeof(LongestNameCases))]
    public void Should_Give_The_Longest_Name_At_A_Position_Ignoring_Case(string text, int start, int expected)
    {
        Assert.Equal(expected, Trie.LongestMatch(text, start));
    }

    [Fact]
    public void Should_Match_Nothing_When_Empty()
    {
        Assert.Equal(0, new NameTrie([]).LongestMatch("RoPE", 0));
    }

    [Fact]
    public void Should_Start_Names_With_Either_Case_Of_Their_First_Letter()
    {
        Assert.True(Trie.CanStart('r'));
        Assert.True(Trie.CanStart('R'));
        Assert.True(Trie.CanStart('神'));
        Assert.False(Trie.CanStart('元'));
        Assert.False(Trie.CanStart('x'));
    }

    [Fact]
    public void Should_Match_Nothing_Where_No_Start_Character_Stands_In_Shared_Texts()
    {
        var trie = new NameTrie(["模型", "LLM", "GPT-4", "数据集", "Transformer"]);
        foreach (var body in SharedTexts.Bodies.Take(100))
        {
            for (var i = 0; i < body.Length; i++)
            {
                if (!trie.CanStart(body[i]))
                {
                    Assert.Equal(0, trie.LongestMatch(body, i));
                }
            }
        }
    }
}
