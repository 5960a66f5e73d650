using Digest.Extractor.Model;
using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Tests.Stages.Resolution;

public sealed class MentionResolverTests
{
    [Fact]
    public void Should_Merge_A_Bracketed_Chinese_Name_With_Its_Acronym_And_Keep_The_Acronym_From_The_Sample()
    {
        var context = PipelineRun.RunUntil<MentionResolver>("T", "受到神经切线核(NTK)概念的启发,作者提出了一种名为NTKEval的方法。神经切线核(NTK)是一种用于分析神经网络泛化特性的工具。");

        var ntk = Assert.Single(context.Entities, e => e.Name == "NTK");
        Assert.Contains("神经切线核", ntk.Aliases);
        Assert.Equal(EntityType.Concept, ntk.Type);
    }

    [Fact]
    public void Should_Fold_A_Plural_Acronym_Into_Its_Singular_From_The_Sample()
    {
        var context = PipelineRun.RunUntil<MentionResolver>("T", "大语言模型(LLMs)在各种自然语言推理任务中展示了显著的成功。预训练LLM已经掌握了知识。");

        var llm = Assert.Single(context.Entities, e => e.Name == "LLM");
        Assert.DoesNotContain(context.Entities, e => e.Name == "LLMs");
        Assert.True(llm.Mentions.Count >= 2);
    }

    [Fact]
    public void Should_Take_A_Title_Written_Without_Book_Marks_For_The_Paper_It_Titles()
    {
        var context = PipelineRun.RunUntil<MentionResolver>(
            "从Video Diffusion Models到Sora：视频生成模型进展",
            "Google的Jonathan Ho等人在《Video Diffusion Models》中提出了视频扩散模型(VDM)。Video Diffusion Models把图像扩散模型扩展到视频。");

        var paper = Assert.Single(context.Entities, e => e.Name == "Video Diffusion Models");
        Assert.Equal(EntityType.Paper, paper.Type);
        Assert.Equal(context.Entities.Count, context.Entities.Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public void Should_Give_A_Title_The_Lexicon_Knows_As_Another_Entitys_Own_Name_A_Key_Of_Its_Own()
    {
        // The lexicon's method is named Layer Normalization, as is the paper that introduced it.
        var context = PipelineRun.RunUntil<MentionResolver>(
            "T", "层归一化（Layer Normalization）由Jimmy Lei Ba等人在2016年的论文《Layer Normalization》中提出。");

        var paper = Assert.Single(context.Entities, e => e.Type == EntityType.Paper);
        var method = Assert.Single(context.Entities, e => e.Type == EntityType.Method && e.Name == "Layer Normalization");
        Assert.NotEqual(paper.Key, method.Key);
    }

    [Fact]
    public void Should_Keep_A_Paper_Titled_In_Book_Marks_Apart_From_What_The_Lexicon_Knows_By_The_Same_Words()
    {
        // The lexicon knows "Denoising Diffusion Probabilistic Models" as DDPM's long form.
        var context = PipelineRun.RunUntil<MentionResolver>("T", "DDPM出自论文《Denoising Diffusion Probabilistic Models》。Denoising Diffusion Probabilistic Models把生成看作逐步去噪。");

        var paper = Assert.Single(context.Entities, e => e.Type == EntityType.Paper);
        Assert.Equal("Denoising Diffusion Probabilistic Models", paper.Name);
        var ddpm = Assert.Single(context.Entities, e => e.Name == "DDPM");
        Assert.Equal(EntityType.Method, ddpm.Type);
        Assert.Contains("Denoising Diffusion Probabilistic Models", ddpm.Aliases);
    }

    [Fact]
    public void Should_Still_Take_One_Word_In_Book_Marks_For_The_Work_The_Lexicon_Knows()
    {
        var context = PipelineRun.RunUntil<MentionResolver>("T", "《LoRA》一文提出了低秩适配，LoRA只训练低秩增量。");

        Assert.Single(context.Entities, e => e.Name == "LoRA");
        Assert.DoesNotContain(context.Entities, e => e.Type == EntityType.Paper);
    }

    [Fact]
    public void Should_Drop_Generic_Words()
    {
        var context = PipelineRun.RunUntil<MentionResolver>("T", "本文提出的方法在性能上优于baseline模型。");

        Assert.DoesNotContain(context.Entities, e => e.Name is "baseline" or "方法" or "模型" or "本文");
    }

    [Fact]
    public void Should_Mark_A_Type_Nothing_Told_As_Guessed_And_Keep_Told_Ones()
    {
        var context = PipelineRun.RunUntil<MentionResolver>("T", "我们在FEVER数据集上比较了ZorbaFlow与RoPE。");

        Assert.Equal((EntityType.Dataset, false), Typing("FEVER"));
        Assert.Equal((MentionResolver.DefaultType, true), Typing("ZorbaFlow"));
        Assert.Equal((EntityType.Method, false), Typing("RoPE"));

        (EntityType, bool) Typing(string name) => context.Entities.Single(e => e.Name == name) is var e ? (e.Type, e.IsTypeGuessed) : default;
    }

    [Theory]
    [InlineData("本文还设计了DeXposure-Bench六轴评估框架，用于评估模型。", "DeXposure-Bench")]
    [InlineData("在Terminal-Bench 2.0上达到27%的准确率，超越此前工作。", "Terminal-Bench 2.0")]
    public void Should_Type_A_Benchmark_By_Its_Name_Whatever_The_Text_Calls_It(string body, string name)
    {
        var context = PipelineRun.RunUntil<MentionResolver>("T", body);

        Assert.Equal(EntityType.Dataset, context.Entities.Single(e => e.Name == name).Type);
    }
}
