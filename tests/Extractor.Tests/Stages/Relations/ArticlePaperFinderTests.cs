using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class ArticlePaperFinderTests
{
    private static readonly TypeHeads Heads = TypeHeads.Parse("heads.tsv", new StringReader("benchmark\tDataset\ndataset\tDataset\nmodel\tModel\nagent\tModel\nframework\tMethod\ntoolkit\tTool\n"));

    [Theory]
    [InlineData("U-Net: Convolutional Networks for Biomedical Image Segmentation", "U-Net")]
    [InlineData("HiPPO: Recurrent Memory with Optimal Polynomial Projections", "HiPPO")]
    [InlineData("Luban:通过自主具身验证构建开放式创造性代理", "Luban")]
    [InlineData("HumanMCP: A Human-Like Query Dataset for Evaluating MCP Tool Retrieval Performance", "HumanMCP")]
    [InlineData("MoCapAnything V2: End-to-End Motion Capture for Arbitrary Skeletons", "MoCapAnything V2")]
    [InlineData("Self-Consolidating Language Models: Continual Learning via Self-Edits", "Self-Consolidating Language Models")]
    public void Should_Read_The_Name_Before_The_Colon_Of_A_Title(string title, string name) =>
        Assert.Equal(name, ArticlePaperFinder.TitleName(title));

    [Theory]
    [InlineData("Toward General Semantic Chunking: A Discriminative Framework for Ultra-Long Documents")]
    [InlineData("Neuromorphic Dreaming: 高效学习的未来路径")]
    [InlineData("探索 ReRoPE:一种崭新的位置编码方法")]
    [InlineData("Beyond LLM-as-a-Judge: Deterministic Metrics for Multilingual Generative Text Evaluation")]
    [InlineData("Towards GUI Agents: Vision-Language Diffusion Models for GUI Grounding")]
    [InlineData("When to Re-Plan: A Study of Agent Replanning")]
    [InlineData("Rethinking IRSTD: Single-Point Supervision Guided Encoder-only Framework")]
    [InlineData("Demystifying OPD: Length Inflation and Stabilization Strategies")]
    [InlineData("Position: AI Agents Should Be Evaluated on Their Failures")]
    [InlineData("Survey: Retrieval-Augmented Generation for Medicine")]
    public void Should_Not_Take_A_Phrase_Before_A_Colon_For_A_Name(string title) =>
        Assert.Null(ArticlePaperFinder.TitleName(title));

    [Theory]
    [InlineData("Anomaly Transformer：基于关联差异的时间序列异常检测", "本文提出Anomaly Transformer。", "Anomaly Transformer")]
    [InlineData("Neuromorphic Dreaming: 高效学习的未来路径", "本文提出一种基于模型的强化学习方法。", null)]
    [InlineData("Deep Learning: A Review of Methods", "Deep Learning is reviewed.", null)]
    public void Should_Read_Plain_Words_Before_A_Chinese_Subtitle_As_A_Name_When_The_Body_Names_Them(string title, string body, string? name) =>
        Assert.Equal(name, ArticlePaperFinder.TitleName(title, body));

    [Fact]
    public void Should_Make_The_Title_The_Paper_Its_Authors_Wrote_And_Its_Name_What_It_Introduces_In_A_Corpus_Summary()
    {
        var edges = PipelineRun.Edges(PipelineRun.Extract(
            "DesignSense: A Human Preference Dataset and Reward Modeling Framework for Graphic Layout Generation",
            "作者 Varun Gopal, Rishabh Jain 摘要 该论文提出了DesignSense-10k数据集和DesignSense模型,专门用于图形布局的偏好评估。"));

        Assert.Contains("Varun Gopal -AUTHORED-> DesignSense: A Human Preference Dataset and Reward Modeling Framework for Graphic Layout Generation", edges);
        Assert.Contains("DesignSense: A Human Preference Dataset and Reward Modeling Framework for Graphic Layout Generation -INTRODUCES-> DesignSense", edges);
        Assert.Contains("DesignSense: A Human Preference Dataset and Reward Modeling Framework for Graphic Layout Generation -INTRODUCES-> DesignSense-10k", edges);
    }

    [Fact]
    public void Should_Make_An_English_Paper_Title_The_Paper_Of_A_Post_Without_An_Author_List()
    {
        var edges = PipelineRun.Edges(PipelineRun.Extract(
            "DINOv2: Learning Robust Visual Features without Supervision",
            "摘要 本文提出了DINOv2，一种自监督视觉模型。 总结 本文基于Maxime Oquab等人的研究工作，详细内容请参考原文。"));

        Assert.Contains("DINOv2: Learning Robust Visual Features without Supervision -INTRODUCES-> DINOv2", edges);
        Assert.Contains("Maxime Oquab -AUTHORED-> DINOv2: Learning Robust Visual Features without Supervision", edges);
    }

    [Fact]
    public void Should_Take_The_English_Title_A_Summary_Names_After_论文_For_Its_Paper()
    {
        var edges = PipelineRun.Edges(PipelineRun.Extract(
            "LLaVA:视觉指令微调让大语言模型看懂图像",
            "作者: Haotian Liu, Chunyuan Li 摘要 论文《Visual Instruction Tuning》首次尝试利用GPT-4生成多模态指令跟随数据，并在此基础上提出了LLaVA。"));

        Assert.Contains("Haotian Liu -AUTHORED-> Visual Instruction Tuning", edges);
        Assert.Contains("Visual Instruction Tuning -INTRODUCES-> LLaVA", edges);
    }

    [Fact]
    public void Should_Look_For_The_Named_Paper_Past_The_Author_List_And_The_Opening_Sentences()
    {
        // The author list is a sentence of its own; the paper is named in the third sentence after it.
        var edges = PipelineRun.Edges(PipelineRun.Extract(
            "DPO：直接偏好优化，你的语言模型其实是一个奖励模型",
            "作者：Rafael Rafailov, Archit Sharma 摘要 大规模无监督语言模型很难精确地控制其行为。现有方法通常采用RLHF，这一流程复杂且往往不稳定。"
            + "论文《Direct Preference Optimization: Your Language Model is Secretly a Reward Model》提出了直接偏好优化（Direct Preference Optimization，DPO）。"));

        Assert.Contains("Rafael Rafailov -AUTHORED-> Direct Preference Optimization: Your Language Model is Secretly a Reward Model", edges);
        Assert.Contains("Direct Preference Optimization: Your Language Model is Secretly a Reward Model -INTRODUCES-> DPO", edges);
    }

    [Fact]
    public void Should_Take_The_Title_A_Summary_Names_After_本文_For_Its_Paper_Whatever_Its_Script()
    {
        var edges = PipelineRun.Edges(PipelineRun.Extract(
            "生成式智能体：在虚拟小镇中模拟可信的人类行为",
            "作者 Joon Sung Park, Michael S. Bernstein 摘要 本文《生成式智能体：人类行为的交互式模拟》提出了生成式智能体。"));

        Assert.Contains("Joon Sung Park -AUTHORED-> 生成式智能体：人类行为的交互式模拟", edges);
        Assert.DoesNotContain(edges, e => e.EndsWith("-AUTHORED-> 生成式智能体：在虚拟小镇中模拟可信的人类行为", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Credit_The_Work_A_Chinese_Title_Names_When_The_Summary_Names_No_Paper()
    {
        var extraction = PipelineRun.Extract(
            "Mistral 7B：以小博大的高效开源语言模型",
            "作者：Albert Q. Jiang, Alexandre Sablayrolles, Arthur Mensch 等 在大语言模型领域，提升性能往往意味着扩大模型规模。来自Mistral AI的研究团队发布了Mistral 7B。");
        var edges = PipelineRun.Edges(extraction);

        Assert.Contains("Albert Q. Jiang -AUTHORED-> Mistral 7B", edges);
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Paper);
    }

    [Fact]
    public void Should_Take_A_Chinese_Title_For_The_Papers_Translated_Title_When_An_Abstract_Follows_The_Author_List()
    {
        // An arXiv digest's shape: 作者 …, then 摘要.
        var extraction = PipelineRun.Extract(
            "通过大规模弱监督实现鲁棒的语音识别",
            "作者 Alec Radford, Jong Wook Kim, Tao Xu 摘要 本文提出了语音识别系统Whisper。");

        Assert.Contains("Alec Radford -AUTHORED-> 通过大规模弱监督实现鲁棒的语音识别", PipelineRun.Edges(extraction));
        Assert.Contains(extraction.Entities, e => e.Name == "通过大规模弱监督实现鲁棒的语音识别" && e.Type == EntityType.Paper);
    }

    [Fact]
    public void Should_Make_No_Paper_Of_A_Chinese_Headline_The_Summary_Never_Names()
    {
        // From the sample: a summary under the writer's own headline, which is no paper's title.
        var extraction = PipelineRun.Extract(
            "利用大型语言模型提升客户支持服务的创新方法",
            "作者:Dean Wyatte, Fatemeh Tahmasbi, Ming Li 大型语言模型(Large Language Models,LLMs)在生成多样化查询的合理答案方面表现出色。本文提出了一种系统,将语言建模任务重新定义为判别性分类任务。");

        Assert.Contains(extraction.Entities, e => e.Name == "Dean Wyatte" && e.Type == EntityType.Author);
        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Paper);
        Assert.DoesNotContain(PipelineRun.Edges(extraction), edge => edge.Contains("-AUTHORED->", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Muon优化器赏析:从Adam、AdamW到矩阵符号函数", false)]
    [InlineData("DINOv2: Learning Robust Visual Features without Supervision", true)]
    [InlineData("Mistral 7B", false)]
    public void Should_Take_Only_An_English_Title_Of_Four_Words_Or_More_For_A_Paper_s(string title, bool paper) =>
        Assert.Equal(paper, ArticlePaperFinder.IsPaperTitle(title));

    [Theory]
    [InlineData("PresentBench: A Fine-Grained Rubric-Based Benchmark for Slide Generation", EntityType.Dataset)]
    [InlineData("RoMo: A Large-Scale, Richly Organized Dataset and Semantic Taxonomy for Human Motion Generation", EntityType.Dataset)]
    [InlineData("DiLA: Disentangled Latent Action World Models", EntityType.Model)]
    [InlineData("X-OmniClaw Technical Report: A Unified Mobile Agent for Multimodal Understanding and Interaction", EntityType.Model)]
    [InlineData("BDI-Kit Demo: A Toolkit for Programmable and Conversational Data Harmonization", EntityType.Tool)]
    public void Should_Type_A_Title_Name_By_The_Head_Noun_Of_Its_Subtitle(string title, EntityType type) =>
        Assert.Equal(type, ArticlePaperFinder.SubtitleHeadType(title, Heads));

    [Theory]
    [InlineData("WorkstreamBench: Evaluating LLM Agents on End-to-End Spreadsheet Tasks in Finance")]
    [InlineData("WorldAgents: Can Foundation Image Models be Agents for 3D World Models?")]
    [InlineData("GAR: Carbon-Aware Routing for LLM Inference via Constrained Optimization")]
    [InlineData("Luban:通过自主具身验证构建开放式创造性代理")]
    [InlineData("Attention Is All You Need")]
    public void Should_Not_Type_A_Title_Name_Whose_Subtitle_Has_No_Head_Of_Its_Own(string title) =>
        Assert.Null(ArticlePaperFinder.SubtitleHeadType(title, Heads));

    [Fact]
    public void Should_Make_A_Benchmark_Named_In_The_Title_A_Dataset()
    {
        var context = PipelineRun.Extract("FindIt: A Format-Informed Visual Detection Benchmark for Generalist Multimodal LLMs", "作者 Li Wei 摘要 FindIt包含三种格式的视觉检测题目。");

        Assert.Equal(EntityType.Dataset, context.Entities.Single(e => e.Name == "FindIt").Type);
    }
}
