namespace Digest.Extractor.Tests.Stages.Mentions;

/// <summary>Names and longest-match cases that every name matcher (the lexicon trie, the sorted name set) must answer alike.</summary>
internal static class LongestNameCases
{
    public static readonly string[] Names = ["RoPE", "ReRoPE", "Llama", "Llama 3.1", "神经切线核", "神经网络", string.Empty];

    public static TheoryData<string, int, int> Cases => new()
    {
        { "探索 ReRoPE:一种崭新的位置编码方法", 3, 6 },
        { "基于 llama 3.1 的实验", 3, 9 },
        { "基于 Llama 3 的实验", 3, 5 },
        { "神经切线核(NTK)", 0, 5 },
        { "神经元", 0, 0 },
        { "Re", 0, 0 },
        { "ROPE", 0, 4 },
    };
}
