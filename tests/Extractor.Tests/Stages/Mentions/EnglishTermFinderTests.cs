using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class EnglishTermFinderTests
{
    private static IEnumerable<Mention> Found(string body) =>
        PipelineRun.RunUntil<EnglishTermFinder>("T", body).Mentions.Where(m => m.Finder == EnglishTermFinder.Name);

    private static IEnumerable<string> Names(string body) => Found(body).Select(m => m.Surface);

    [Theory]
    [InlineData("Generative Agents 的核心是 memory stream。", "memory stream")]
    [InlineData("VQ-VAE额外引入了commitment loss。", "commitment loss")]
    [InlineData("前面再拼一个 class token，加上位置编码。", "class token")]
    [InlineData("后者又分为保存完整对话历史的 recall storage 和存放任意文本的 archival storage。", "recall storage")]
    [InlineData("它借鉴了BERT式的 masked image modeling。", "masked image modeling")]
    public void Should_Name_A_Lower_Case_Term_That_Ends_In_A_Head_Noun(string body, string name)
    {
        Assert.Contains(name, Names(body));
    }

    [Fact]
    public void Should_Type_A_Term_By_Its_Head()
    {
        var found = Found("一个是 commitment loss，另一个是 masked image modeling。").ToDictionary(m => m.Surface, m => m.TypeHint);

        Assert.Equal(EntityType.Method, found["commitment loss"]);
        Assert.Equal(EntityType.Concept, found["masked image modeling"]);
    }

    [Theory]
    [InlineData("这一点 let alone 更复杂的情形。")]
    [InlineData("Scaled dot-product attention是其核心。")]
    [InlineData("它用到了 the attention 这一机制。")]
    [InlineData("用 loss 衡量。")]
    [InlineData("引入情景记忆缓冲区（episodic memory buffer）。")]
    public void Should_Not_Name_Prose_A_Part_Of_A_Longer_Name_A_Head_Alone_Or_What_Another_Finder_Took(string body)
    {
        Assert.Empty(Names(body));
    }
}
