namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class ContributorAuthorFinderTests
{
    [Fact]
    public void Should_Make_People_Cited_With_Deng_Ren_Authors_Of_What_The_Article_Proposes()
    {
        var extraction = PipelineRun.Extract("Luban:通过自主具身验证构建开放式创造性代理", "本文基于Yuxuan Guo等人的研究工作,介绍了Luban代理,它能够在Minecraft中完成创造性构建任务。");

        Assert.Contains("Yuxuan Guo -AUTHORED-> Luban", PipelineRun.Edges(extraction));
    }

    [Fact]
    public void Should_Not_Make_A_Person_Named_Outside_A_Citation_An_Author()
    {
        var extraction = PipelineRun.Extract("Luban:通过自主具身验证构建开放式创造性代理", "Luban代理在Minecraft中完成创造性构建任务,评测由Steve Jobs主持。");

        Assert.DoesNotContain(PipelineRun.Edges(extraction), e => e.Contains("-AUTHORED->", StringComparison.Ordinal));
    }
}
