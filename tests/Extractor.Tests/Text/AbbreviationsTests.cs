using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Text;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("ADEs", "Adverse Drug Events", true)]
    [InlineData("LoRA", "Low-Rank Adaptation", true)]
    [InlineData("BERT", "Bidirectional Encoder Representations from Transformers", true)]
    [InlineData("MMADE", "MultiModal Adverse Drug Event", true)]
    [InlineData("GPT-4o", "GPT-4", false)]
    [InlineData("Qwen 2.5-7B", "Llama 3.1-8B", false)]
    [InlineData("NTK", "Kernel Neural Tangent", false)]
    public void Should_Tell_An_Abbreviation_From_Another_Name(string abbreviation, string full, bool expected)
    {
        Assert.Equal(expected, Abbreviations.Abbreviates(abbreviation, full));
    }

    [Theory]
    [InlineData("SAM", "Segment Anything Model", true)]
    [InlineData("CoT", "Chain-of-Thought", true)]
    [InlineData("Segment Anything Model", "Segment Anything Model 2", false)]
    [InlineData("SAM", "SAM", false)]
    [InlineData("TTA", "测试时增强", false)]
    public void Should_Take_Only_A_Name_Without_Spaces_For_The_Acronym_Of_A_Longer_One(string acronym, string longForm, bool expected)
    {
        Assert.Equal(expected, Abbreviations.IsAcronymOf(acronym, longForm));
    }

    [Theory]
    [InlineData("Mixture-of-Experts", "Mixture of Expert", true)]
    [InlineData("Sparse Auto-Encoders", "sparse autoencoder", true)]
    [InlineData("Reinforcement Learning from Human Feedback", "Reinforcement Learning with Human Feedback", true)]
    [InlineData("Diffused Geodesic Moments", "Diffusion Geodesic Moments", true)]
    [InlineData("Segment Anything Model", "Sharpness-Aware Minimization", false)]
    [InlineData("Test-Time Adaptation", "Test-Time Augmentation", false)]
    [InlineData("Constrained Preference Optimization", "Contrastive Preference Optimization", false)]
    [InlineData("Chain-of-Procedure", "Chain-of-Prompts", false)]
    public void Should_Tell_Spellings_Of_One_Meaning_From_Another_Meaning(string first, string second, bool expected)
    {
        Assert.Equal(expected, Abbreviations.SameMeaning(first, second));
        Assert.Equal(expected, Abbreviations.SameMeaning(second, first));
    }

    [Theory]
    [InlineData("SAE", true)]
    [InlineData("LoRA", true)]
    [InlineData("S4", false)]
    [InlineData("GPT4", true)]
    [InlineData("DeepSeek", false)]
    [InlineData("ResNet50", false)]
    [InlineData("GPT-4o", false)]
    [InlineData("sae", false)]
    public void Should_Tell_A_Name_Shaped_Like_An_Acronym(string name, bool expected)
    {
        Assert.Equal(expected, Abbreviations.LooksLikeAcronym(name));
    }

    [Theory]
    [InlineData("稀疏自编码器", "开源稀疏自编码器", true)]
    [InlineData("扩散变换器", "扩散变压器", true)]
    [InlineData("自回归", "增强现实", false)]
    [InlineData("自回归", "Autoregressive", false)]
    [InlineData("梯度提升", "树模型", false)]
    public void Should_Tell_Chinese_Names_That_Share_Two_Neighbouring_Characters(string first, string second, bool expected)
    {
        Assert.Equal(expected, Abbreviations.ShareChinesePair(first, second));
        Assert.Equal(expected, Abbreviations.ShareChinesePair(second, first));
    }
}
