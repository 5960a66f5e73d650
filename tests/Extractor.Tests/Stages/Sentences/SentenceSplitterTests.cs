using Digest.Extractor.Stages.Sentences;

namespace Digest.Extractor.Tests.Stages.Sentences;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(PipelineRun.Knowledge.SectionHeadings);

    private static List<string> Split(string text) => Splitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Fact]
    public void Should_End_Sentences_At_Inline_Section_Headings_When_A_Corpus_Summary_Has_No_Full_Stops()
    {
        var text = "作者 Kaifeng Wu, Wen Xu 摘要 提出基于Qwen3-0.6B的判别式长文档主题分割模型 研究动机 现有长文档主题分割方法存在明显不足";

        Assert.Equal(["作者 Kaifeng Wu, Wen Xu", "提出基于Qwen3-0.6B的判别式长文档主题分割模型", "现有长文档主题分割方法存在明显不足"], Split(text));
    }

    [Fact]
    public void Should_Not_Split_At_A_Heading_Word_Inside_A_Phrase()
    {
        var text = "本文提出的方法在三个数据集上进行了实验。";

        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Should_Keep_Decimals_And_Brackets_Whole()
    {
        var text = "Llama 3.1 (a model. with dots) works well. Next one";

        Assert.Equal(["Llama 3.1 (a model. with dots) works well.", "Next one"], Split(text));
    }

    [Fact]
    public void Should_Not_Split_An_Author_List_At_A_Name_Initial_From_A_Corpus_Summary()
    {
        var text = "作者 Yubin Kim, A. Ali Heydari, J.R. Smith, Teresa S. M. Tsang, Noel E. O'Connor 摘要 提出CoDaS框架。";

        Assert.Equal(["作者 Yubin Kim, A. Ali Heydari, J.R. Smith, Teresa S. M. Tsang, Noel E. O'Connor", "提出CoDaS框架。"], Split(text));
    }

    [Fact]
    public void Should_Still_End_A_Sentence_After_A_Capital_When_No_Name_Follows()
    {
        var text = "We use variant A. 然后评估。";

        Assert.Equal(["We use variant A.", "然后评估。"], Split(text));
    }

    [Fact]
    public void Should_Drop_A_Section_Heading_The_Next_Sentence_Repeats()
    {
        var text = "本文回顾三种方法。 AdaLoRA AdaLoRA在LoRA的基础上自适应地分配秩。 Skip Tuning Skip Tuning是一种加速技巧。 自洽性 自洽性（Self-Consistency）是对CoT的改进";

        Assert.Equal(["本文回顾三种方法。", "AdaLoRA在LoRA的基础上自适应地分配秩。", "Skip Tuning是一种加速技巧。", "自洽性（Self-Consistency）是对CoT的改进"], Split(text));
    }

    [Fact]
    public void Should_Keep_A_Repeated_Word_That_Is_No_Heading()
    {
        var text = "作者 David Y. Y. Tan, Liu Liu, Yang Yang 摘要 Helios: Real Real-Time Video。 we know that that works";

        Assert.Equal(["作者 David Y. Y. Tan, Liu Liu, Yang Yang", "Helios: Real Real-Time Video。", "we know that that works"], Split(text));
    }

    [Fact]
    public void Should_Drop_A_Short_Heading_That_Opens_A_Sentence_Between_White_Space()
    {
        var text = "实现更快速的采样过程。 模型回顾 首先，我们回顾U-Net。 应用 MedSAM在SAM的基础上进行微调。";

        Assert.Equal(["实现更快速的采样过程。", "首先，我们回顾U-Net。", "MedSAM在SAM的基础上进行微调。"], Split(text));
    }

    [Fact]
    public void Should_Drop_A_Heading_That_Names_What_The_Next_Sentence_Opens_With()
    {
        var text = "训练稳定了不少。 原始GAN GAN由Ian Goodfellow等人提出。 Adam与AdamW Adam出自论文《Adam》。 PagedAttention与vLLM PagedAttention出自论文。";

        Assert.Equal(["训练稳定了不少。", "GAN由Ian Goodfellow等人提出。", "Adam出自论文《Adam》。", "PagedAttention出自论文。"], Split(text));
    }

    [Theory]
    [InlineData("DAT和Conditional DAT分别是创意写作的最佳预测指标。")]
    [InlineData("现有RAG和Graph RAG框架将知识视为静态。")]
    [InlineData("在包含24类目标的光学ATR和SAR ATR联合基准上取得最高精度。")]
    public void Should_Keep_A_Name_Of_Two_Words_Or_A_Long_Phrase_Before_A_Latin_Word(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Should_Keep_The_First_Word_Of_A_Sentence_That_Spaces_Latin_Words_Apart()
    {
        var text = "位置编码很关键。 采用 LoRA 微调模型。 在 Transformer 模型中引入RoPE。";

        Assert.Equal(["位置编码很关键。", "采用 LoRA 微调模型。", "在 Transformer 模型中引入RoPE。"], Split(text));
    }
}
