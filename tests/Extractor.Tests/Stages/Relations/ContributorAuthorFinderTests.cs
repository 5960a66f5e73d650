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

    [Theory]
    [InlineData("LoRA（Low-Rank Adaptation）由微软的Edward Hu等人在2021年提出，它冻结预训练权重。", "Edward Hu -AUTHORED-> LoRA")]
    [InlineData("DDPM由Jonathan Ho等人于2020年提出，它通过逐步加噪来生成图像。", "Jonathan Ho -AUTHORED-> DDPM")]
    [InlineData("Tri Dao等人提出的FlashAttention通过分块减少了读写次数。", "Tri Dao -AUTHORED-> Flash Attention")]
    [InlineData("Edward Hu等人提出了LoRA，冻结预训练权重。", "Edward Hu -AUTHORED-> LoRA")]
    public void Should_Make_People_Cited_With_Deng_Ren_Authors_Of_The_Work_Their_Sentence_Says_They_Proposed(string body, string edge)
    {
        var extraction = PipelineRun.Extract("从LoRA到QLoRA：参数高效微调的演进", "本文回顾参数高效微调。" + body + "后来，QLoRA引入了双重量化。");
        var edges = PipelineRun.Edges(extraction);

        Assert.Contains(edge, edges);
        Assert.Single(edges, e => e.StartsWith(edge.Split(" -")[0] + " -AUTHORED->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Make_People_Whose_Earlier_Work_A_Summary_Cites_Authors_Of_The_Article()
    {
        var reproduced = PipelineRun.Extract("RegFix: A Cross-Architectural Reassessment of Vision Transformer Registers", "提出RegFix方法。复现Timothée Darcet等人的实验，并在多个ViT变体模型上进行评估。");
        var criticised = PipelineRun.Extract("Archipelago: AGI as an Archipelago of Experts", "论文批判性分析David Krakauer等人的涌现智能框架，提出Archipelago模型。");

        Assert.DoesNotContain(PipelineRun.Edges(reproduced), e => e.Contains("-AUTHORED->", StringComparison.Ordinal));
        Assert.DoesNotContain(PipelineRun.Edges(criticised), e => e.Contains("-AUTHORED->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Make_Every_Person_Of_A_Citation_Author_Of_The_Retold_Work()
    {
        var extraction = PipelineRun.Extract("Luban:通过自主具身验证构建开放式创造性代理", "本文基于Yuxuan Guo, Tao Wang等人的研究工作,介绍了Luban代理。");
        var edges = PipelineRun.Edges(extraction);

        Assert.Contains("Yuxuan Guo -AUTHORED-> Luban", edges);
        Assert.Contains("Tao Wang -AUTHORED-> Luban", edges);
    }
}
