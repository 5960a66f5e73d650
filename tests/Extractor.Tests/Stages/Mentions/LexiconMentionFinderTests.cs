using Digest.Extractor.Model;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class LexiconMentionFinderTests
{
    private static IReadOnlyList<string> Found(string body) =>
        PipelineRun.RunUntil<LexiconMentionFinder>("T", body).Mentions.Where(m => m.Finder == LexiconMentionFinder.Name).Select(m => m.Surface).ToList();

    [Fact]
    public void Should_Find_Known_Chinese_And_Latin_Names_From_The_Sample()
    {
        var found = Found("作者不仅研究了预训练LLM已经掌握的知识,还考察了它们在上下文学习或指令微调过程中如何通过信息来学习。");

        Assert.Contains("LLM", found);
        Assert.Contains("上下文学习", found);
        Assert.Contains("指令微调", found);
    }

    [Fact]
    public void Should_Prefer_The_Longest_Known_Name()
    {
        var context = PipelineRun.RunUntil<LexiconMentionFinder>("T", "在 DeepSeek-V2 中,多头潜在注意力机制压缩了缓存。");

        var mention = Assert.Single(context.Mentions, m => m.Finder == LexiconMentionFinder.Name && m.Surface.Contains("注意力", StringComparison.Ordinal));
        Assert.Equal("多头潜在注意力机制", mention.Surface);
        Assert.Equal(EntityType.Method, mention.TypeHint);
    }

    [Fact]
    public void Should_Not_Match_A_Latin_Name_Inside_A_Longer_Word()
    {
        Assert.DoesNotContain("LLM", Found("MLLMs 与 LLMOps 是不同的话题。"));
    }
}
