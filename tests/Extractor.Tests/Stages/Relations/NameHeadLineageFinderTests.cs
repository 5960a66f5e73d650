using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class NameHeadLineageFinderTests
{
    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Fact]
    public void Should_Read_Lineage_From_A_Long_Form_Ending_In_Another_Method_From_The_Sample()
    {
        var edges = Edges("RoPE(旋转位置编码)是一种位置编码方法。笔者提出了 ReRoPE(Rectified RoPE),通过设定一个窗口大小。");

        Assert.Contains("ReRoPE -BUILDS_ON-> RoPE", edges);
        Assert.DoesNotContain("RoPE -BUILDS_ON-> ReRoPE", edges);
    }

    [Fact]
    public void Should_Read_Lineage_From_A_Name_That_Adds_A_Prefix_From_The_Corpus()
    {
        Assert.Contains("Diffusion-DPO -BUILDS_ON-> DPO", Edges("我们将DPO与Diffusion-DPO进行了对比,验证了偏好优化在扩散模型上的效果。"));
    }

    [Theory]
    [InlineData("NVIDIA OmniDreams是一个世界模型，我们将OmniDreams与基线对比。", "NVIDIA OmniDreams -BUILDS_ON-> OmniDreams")]
    [InlineData("相比Microsoft GraphRAG，本文的GraphRAG变体更快。", "Microsoft GraphRAG -BUILDS_ON-> GraphRAG")]
    [InlineData("在HotpotQA-ONCU上评估ONCU方法。", "HotpotQA-ONCU -BUILDS_ON-> ONCU")]
    public void Should_Not_Read_Lineage_From_A_Known_Maker_Or_Dataset_In_Front(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Theory]
    [InlineData("EyeMVP通过CFP-OCT图像配对预训练，使CFP表示富含OCT相关信息。", "CFP-OCT -BUILDS_ON-> OCT")]
    [InlineData("提出SIRIUS-SQL方法，在Text-to-SQL任务中生成SQL查询。", "SIRIUS-SQL -BUILDS_ON-> SQL")]
    [InlineData("在Alveo U280 FPGA上评估GraphLeap，FPGA加速明显。", "Alveo U280 FPGA -BUILDS_ON-> FPGA")]
    [InlineData("在LWIR HSI数据上，HSI分解更准确。", "LWIR HSI -BUILDS_ON-> HSI")]
    public void Should_Not_Read_Lineage_From_A_Known_Modality_Language_Or_Device_At_The_End(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Theory]
    [InlineData("在多跳QA基准上，IndexRAG比Naive RAG平均提升4.6个F1点，RAG仍是主流。", "Naive RAG -BUILDS_ON-> RAG")]
    [InlineData("LaGO相比Vanilla PPO显著提升了奖励，PPO的探索不足。", "Vanilla PPO -BUILDS_ON-> PPO")]
    [InlineData("FooRL一致优于SOTA GRPO方法，GRPO是主流算法。", "SOTA GRPO -BUILDS_ON-> GRPO")]
    [InlineData("比较强弱模型、CoT与No-CoT方法在不同数据集上的表现。", "No-CoT -BUILDS_ON-> CoT")]
    public void Should_Not_Read_Lineage_From_A_Word_Naming_The_Original_Or_Its_Absence(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Fact]
    public void Should_Keep_A_Variant_s_Lineage_When_A_Sentence_Compares_It_With_Its_Basis()
    {
        Assert.Contains("DE-CFFN -BUILDS_ON-> CFFN", Edges("本文提出了DE-CFFN。在Pavia University数据集上，DE-CFFN取得了与原始CFFN相当的分类性能。"));
    }

    [Fact]
    public void Should_Still_Read_Lineage_From_A_Known_Maker_Joined_By_A_Hyphen()
    {
        Assert.Contains("DeepSeek-MoE -BUILDS_ON-> MoE", Edges("DeepSeek-MoE在MoE的基础上细分专家，并引入共享专家。"));
    }

    [Fact]
    public void Should_Not_Link_Methods_Whose_Names_Only_Share_Words()
    {
        var edges = Edges("Position Interpolation通过线性内插扩展上下文。Skip Tuning调节Skip Connection的权重。RoPE是一种位置编码。");

        Assert.DoesNotContain("Skip Tuning -BUILDS_ON-> Skip Connection", edges);
        Assert.DoesNotContain("Position Interpolation -BUILDS_ON-> RoPE", edges);
    }

    [Theory]
    [InlineData("Rectified RoPE", "RoPE", true)]
    [InlineData("Faster R-CNN", "R-CNN", true)]
    [InlineData("NTK-aware Scaled RoPE", "RoPE", true)]
    [InlineData("RoPE", "RoPE", false)]
    [InlineData("ProRoPE", "RoPE", false)]
    [InlineData("Skip Tuning", "Tuning", false)]
    [InlineData("Kaggle Reddit", "Reddit", false)]
    [InlineData("12M CMR", "CMR", false)]
    [InlineData("Bradley-Terry DPO", "DPO", true)]
    [InlineData("multi-head attention", "attention", false)]
    [InlineData("Text-to-SQL", "SQL", false)]
    [InlineData("VLM-to-DiT", "DiT", false)]
    [InlineData("Shape Context with RANSAC", "RANSAC", false)]
    [InlineData("LLM-as-OS", "OS", false)]
    [InlineData("Mixture-of-LoRA", "LoRA", false)]
    [InlineData("Diffusion-DPO", "DPO", true)]
    [InlineData("The Silicon Mirror", "Silicon Mirror", false)]
    [InlineData("A-SFT", "SFT", true)]
    public void Should_Match_Only_A_Capitalised_Name_After_A_Word_Break_Not_After_A_Joining_Word(string name, string head, bool expected)
    {
        Assert.Equal(expected, NameHeadLineageFinder.EndsWithName(name, head));
    }
}
