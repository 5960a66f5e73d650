using Digest.Extractor.Stages.Sentences;

namespace Digest.Extractor.Tests.Stages.Sentences;

public sealed class NamingHeadingTests
{
    [Theory]
    [InlineData("原始GAN GAN由Ian Goodfellow等人提出。", 5)]
    [InlineData("Adam与AdamW Adam出自论文。", 10)]
    [InlineData("MQA与GQA MQA最早由Noam Shazeer提出。", 7)]
    [InlineData("二、Prefix-Tuning Prefix-Tuning由斯坦福大学的Xiang Lisa Li提出。", 15)]
    [InlineData("3.LoRA LoRA的做法是冻结原权重。", 6)]
    [InlineData("一、Adapter Adapter最早出自论文。", 9)]
    [InlineData("一、BPE BPE（Byte Pair Encoding）本来是一种压缩算法。", 5)]
    [InlineData("二、WordPiece WordPiece 最早是 Google 提出的。", 11)]
    public void Should_Measure_A_Heading_Whose_First_Or_Last_Word_Opens_The_Next_Sentence(string text, int length) =>
        Assert.Equal(length, NamingHeading.LengthAt(text, 0));

    [Theory]
    [InlineData("RoPE与YaRN NTK出自论文。")]
    [InlineData("二、Prefix-Tuning LoRA出自论文。")]
    [InlineData("Prefix-Tuning Prefix-Tuning由斯坦福大学提出。")]
    [InlineData("DAT和Conditional DAT分别是最佳预测指标。")]
    [InlineData("在包含24类目标的光学ATR和SAR ATR联合基准上取得最高精度。")]
    [InlineData("原始GAN GAN-based方法很多。")]
    [InlineData("模型回顾 首先回顾U-Net。")]
    public void Should_Find_No_Heading_Unless_A_Short_Run_Names_The_Next_Sentence_s_Opening_Word(string text) =>
        Assert.Null(NamingHeading.LengthAt(text, 0));
}
