using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class CreditFinderTests
{
    private const string Blog = "大模型微调笔记";

    [Fact]
    public void Should_Credit_The_People_After_由_With_The_Clause_s_Subject_And_The_Paper_The_Next_Clause_Names()
    {
        var edges = Edges("Switch Transformer由William Fedus、Barret Zoph和Noam Shazeer提出,论文为《Switch Transformers: Scaling to Trillion Parameter Models》。");

        foreach (var person in new[] { "William Fedus", "Barret Zoph", "Noam Shazeer" })
        {
            Assert.Contains($"{person} -AUTHORED-> Switch Transformer", edges);
            Assert.Contains($"{person} -AUTHORED-> Switch Transformers: Scaling to Trillion Parameter Models", edges);
        }
    }

    [Fact]
    public void Should_Credit_The_People_With_The_Object_Of_Their_Verb_And_The_Paper_In_Their_Clause()
    {
        var edges = Edges("微软的Edward Hu等人在《LoRA: Low-Rank Adaptation of Large Language Models》中提出了LoRA，只训练低秩增量。");

        Assert.Contains("Edward Hu -AUTHORED-> LoRA", edges);
        Assert.Contains("Edward Hu -AUTHORED-> LoRA: Low-Rank Adaptation of Large Language Models", edges);
    }

    [Fact]
    public void Should_Credit_The_People_With_The_Name_Right_After_Their_的_And_Its_Bracketed_Paper()
    {
        var edges = Edges("Yuhui Li等人的EAGLE（《EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty》）在特征层面做草稿。");

        Assert.Contains("Yuhui Li -AUTHORED-> EAGLE", edges);
        Assert.Contains("Yuhui Li -AUTHORED-> EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty", edges);
    }

    [Theory]
    [InlineData("DeepMind的AlphaCode(Yujia Li、David Choi、Oriol Vinyals等,发表于Science)瞄准的是更难的竞赛编程。", "Oriol Vinyals -AUTHORED-> AlphaCode")]
    [InlineData("OpenAI在GPT-2论文《Language Models are Unsupervised Multitask Learners》(Alec Radford等)中提出了byte-level BPE。", "Alec Radford -AUTHORED-> Language Models are Unsupervised Multitask Learners")]
    [InlineData("Meta AI的Baptiste Rozière等人基于Llama 2推出了Code Llama。", "Baptiste Rozière -AUTHORED-> Code Llama")]
    [InlineData("Google的Jonathan Shen等人发布了Tacotron 2。", "Jonathan Shen -AUTHORED-> Tacotron 2")]
    [InlineData("CMU的Hanxiao Liu、Yiming Yang与DeepMind的Karen Simonyan在《DARTS: Differentiable Architecture Search》中干脆抛弃了离散搜索。", "Karen Simonyan -AUTHORED-> DARTS: Differentiable Architecture Search")]
    public void Should_Credit_People_In_A_Bracket_After_A_Work_Or_Working_From_Another_Or_Naming_Their_Paper(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Not_Credit_People_With_The_Work_They_Started_From()
    {
        Assert.DoesNotContain("Baptiste Rozière -AUTHORED-> Llama 2", Edges("Meta AI的Baptiste Rozière等人基于Llama 2推出了Code Llama。"));
    }

    [Fact]
    public void Should_Read_A_Credit_That_Sets_Names_Apart_With_Spaces()
    {
        var edges = Edges("Yuhui Li 等人的 EAGLE 在特征层面做草稿。2018 年 David Ha 与 Jürgen Schmidhuber 提出的 World Models 很有名。");

        Assert.Contains("Yuhui Li -AUTHORED-> EAGLE", edges);
        Assert.Contains("Jürgen Schmidhuber -AUTHORED-> World Models", edges);
    }

    [Fact]
    public void Should_Credit_A_Byline_With_The_Paper_Of_The_Clause_Before_It_In_A_Bracket()
    {
        var edges = Edges("AdaLoRA（论文《Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning》，作者Qingru Zhang等）按重要性给各层分配秩。");

        Assert.Contains("Qingru Zhang -AUTHORED-> Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning", edges);
    }

    [Fact]
    public void Should_Credit_The_Writers_Of_The_Paper_A_Work_Came_From_With_The_Paper_Only()
    {
        var edges = Edges("DDPM出自Jonathan Ho、Ajay Jain和Pieter Abbeel的论文《Denoising Diffusion Probabilistic Models》。");

        Assert.Contains("Pieter Abbeel -AUTHORED-> Denoising Diffusion Probabilistic Models", edges);
        Assert.DoesNotContain("Pieter Abbeel -AUTHORED-> DDPM", edges);
    }

    [Theory]
    [InlineData("一是Google的Yaniv Leviathan、Matan Kalman和Yossi Matias发表的《Fast Inference from Transformers via Speculative Decoding》。", "Yossi Matias -AUTHORED-> Fast Inference from Transformers via Speculative Decoding")]
    [InlineData("Robin Rombach、Andreas Blattmann和Björn Ommer在CVPR 2022的论文《High-Resolution Image Synthesis with Latent Diffusion Models》中给出了答案。", "Andreas Blattmann -AUTHORED-> High-Resolution Image Synthesis with Latent Diffusion Models")]
    [InlineData("Kipf 和 Welling 在《Semi-Supervised Classification with Graph Convolutional Networks》中提出的 GCN 则进一步简化。", "Welling -AUTHORED-> Semi-Supervised Classification with Graph Convolutional Networks")]
    [InlineData("Xu 等人在《How Powerful are Graph Neural Networks?》中给出了一个漂亮的回答。", "Xu -AUTHORED-> How Powerful are Graph Neural Networks?")]
    [InlineData("知识蒸馏这一说法来自Geoffrey Hinton、Oriol Vinyals和Jeff Dean在2015年发表的《Distilling the Knowledge in a Neural Network》。", "Jeff Dean -AUTHORED-> Distilling the Knowledge in a Neural Network")]
    [InlineData("PPO出自John Schulman等人2017年的论文《Proximal Policy Optimization Algorithms》。", "John Schulman -AUTHORED-> Proximal Policy Optimization Algorithms")]
    [InlineData("Hugging Face的Victor Sanh、Lysandre Debut和Thomas Wolf发布了DistilBERT,对应论文为《DistilBERT, a distilled version of BERT》。", "Thomas Wolf -AUTHORED-> DistilBERT, a distilled version of BERT")]
    public void Should_Credit_The_People_Who_Published_Or_Released_A_Paper_Presented_It_At_A_Venue_Or_Wrote_In_It(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Credit_A_Researcher_The_Lexicon_Knows_By_A_Chinese_Name()
    {
        Assert.Contains("Kaiming He -AUTHORED-> Mask R-CNN", Edges("何恺明等人提出了Mask R-CNN。"));
    }

    [Fact]
    public void Should_Not_Credit_Known_Works_Named_Like_Two_Surnames()
    {
        Assert.DoesNotContain(Edges("Mamba 和 Transformer 在《Foo Bar Baz》中提出的方法很多。"), e => e.Contains("-AUTHORED->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Take_该论文_For_The_Paper_Named_Last()
    {
        var edges = Edges("《Reflexion: Language Agents with Verbal Reinforcement Learning》提出了Reflexion框架。该论文由Noah Shinn和Shunyu Yao合著。");

        Assert.Contains("Noah Shinn -AUTHORED-> Reflexion: Language Agents with Verbal Reinforcement Learning", edges);
        Assert.Contains("Shunyu Yao -AUTHORED-> Reflexion: Language Agents with Verbal Reinforcement Learning", edges);
    }

    [Fact]
    public void Should_Prefer_A_Latin_Name_To_A_Chinese_Term_That_Describes_What_Was_Proposed()
    {
        var edges = Edges("Shunyu Yao等人提出了一种新的语言模型推理框架——思维树（Tree of Thoughts，ToT），用树搜索组织思考。");

        Assert.Contains("Shunyu Yao -AUTHORED-> ToT", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("Shunyu Yao -AUTHORED-> 语言模型", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Credit_No_Work_When_The_People_Neither_Make_Nor_Own_It()
    {
        var edges = Edges("Jason Wei等人发现，CoT在小模型上几乎没有收益。");

        Assert.DoesNotContain(edges, e => e.Contains("-AUTHORED->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Read_A_Summary_s_Opening_Author_List_As_A_Credit()
    {
        // From the corpus: the list runs into the abstract's first clause, which proposes a model built on Qwen3-0.6B.
        var edges = PipelineRun.Edges(PipelineRun.Extract(
            "Toward General Semantic Chunking: A Discriminative Framework for Ultra-Long Documents",
            "作者 Kaifeng Wu, Junyan Wu, Qiang Liu 摘要 提出基于Qwen3-0.6B的判别式长文档主题分割模型，支持13k token单次输入。"));

        Assert.DoesNotContain(edges, e => e.StartsWith("Kaifeng Wu -AUTHORED-> Qwen3", StringComparison.Ordinal));
        Assert.Contains("Kaifeng Wu -AUTHORED-> Toward General Semantic Chunking: A Discriminative Framework for Ultra-Long Documents", edges);
    }

    [Fact]
    public void Should_Credit_Prior_Work_A_Summary_Cites_With_Its_Makers()
    {
        // From the corpus.
        var extraction = PipelineRun.Extract("Semantics of Defeasible Reasoning", "作者 Ann Smith 摘要 1) 基于Leisegang等人提出的DRSL，给出其语义的基础表示定理；");

        Assert.Contains("Leisegang -AUTHORED-> DRSL", PipelineRun.Edges(extraction));
        Assert.Contains(extraction.Entities, e => e.Name == "DRSL" && e.Type == EntityType.Method);
    }

    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract(Blog, body));
}
