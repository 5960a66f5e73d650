using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class RepeatedNameFinderTests
{
    private static List<string> Repeated(string body) =>
        PipelineRun.RunUntil<RepeatedNameFinder>("T", body).Mentions
            .Where(m => m.Finder == RepeatedNameFinder.Name)
            .Select(m => m.Surface)
            .ToList();

    [Fact]
    public void Should_Find_The_Later_Bare_Use_Of_A_Term_The_Article_Named_Once()
    {
        var found = Repeated("我们引入了自主具身验证技术,旨在填补这一空白。我们提出了Luban代理,并采用了两级自主具身验证机制。");

        Assert.Equal(["自主具身验证"], found);
    }

    [Fact]
    public void Should_Not_Find_A_Name_Inside_A_Longer_Latin_Word()
    {
        // RoPE is named, but ReRoPE is another name: its RoPE is not a mention of RoPE.
        Assert.DoesNotContain("RoPE", Repeated("RoPE(旋转位置编码)是一种位置编码。ReRoPE 改进了它。"));
    }
}
