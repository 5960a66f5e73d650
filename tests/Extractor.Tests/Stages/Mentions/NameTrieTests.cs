using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class NameTrieTests
{
    private static readonly NameTrie Trie = new(["RoPE", "ReRoPE", "Llama", "Llama 3.1", "神经切线核", "神经网络", string.Empty]);

    [Theory]
    [InlineData("探索 ReRoPE:一种崭新的位置编码方法", 3, 6)]
    [InlineData("基于 llama 3.1 的实验", 3, 9)]
    [InlineData("基于 Llama 3 的实验", 3, 5)]
    [InlineData("神经切线核(NTK)", 0, 5)]
    [InlineData("神经元", 0, 0)]
    [InlineData("Re", 0, 0)]
    public void Should_Give_The_Longest_Name_At_A_Position_Ignoring_Case(string text, int start, int expected)
    {
        Assert.Equal(expected, Trie.LongestMatch(text, start));
    }

    [Fact]
    public void Should_Match_Nothing_When_Empty()
    {
        Assert.Equal(0, new NameTrie([]).LongestMatch("RoPE", 0));
    }
}
