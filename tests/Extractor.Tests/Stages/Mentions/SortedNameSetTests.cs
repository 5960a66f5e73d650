using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class SortedNameSetTests
{
    private static readonly SortedNameSet Set = new(LongestNameCases.Names);

    [Theory]
    [MemberData(nameof(LongestNameCases.Cases), MemberType = typeof(LongestNameCases))]
    public void Should_Give_The_Longest_Name_At_A_Position_Ignoring_Case(string text, int start, int expected)
    {
        Assert.Equal(expected, Set.LongestMatch(text, start));
    }

    [Fact]
    public void Should_Match_Nothing_When_Empty()
    {
        Assert.Equal(0, new SortedNameSet([]).LongestMatch("RoPE", 0));
    }

    [Fact]
    public void Should_Agree_With_The_Trie_At_Every_Position_Of_Shared_Texts()
    {
        // Names that are prefixes of each other, differ in case, or share long prefixes.
        string[] names = ["模型", "大模型", "大语言模型", "语言模型", "LLM", "LLMs", "llm", "GPT", "GPT-4", "GPT-4o", "Transformer", "数据集", "强化学习", "RL", "r"];
        var trie = new NameTrie(names);
        var set = new SortedNameSet(names);
        foreach (var body in SharedTexts.Bodies.Take(300))
        {
            for (var i = 0; i < body.Length; i++)
            {
                Assert.Equal(trie.LongestMatch(body, i), set.LongestMatch(body, i));
            }
        }
    }
}
