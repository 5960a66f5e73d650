using Digest.Extractor.Knowledge;
using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class SettingFramesTests
{
    private static readonly SettingFrames Frames = new([("在", "上")], [], []);

    private static readonly SettingFrames Objects = new([], ["利用", "通过", "将", "对", "与"], ["基于"]);

    /// <summary>The text with each [name] replaced by a marker, and the marker positions.</summary>
    private static (string Text, List<int> Markers) Marked(string text)
    {
        var markers = new List<int>();
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                markers.Add(builder.Length);
                builder.Append((char)(RelationTemplate.FirstMarker + markers.Count - 1));
                i = text.IndexOf(']', i);
                continue;
            }

            builder.Append(text[i]);
        }

        return (builder.ToString(), markers);
    }

    [Theory]
    [InlineData("在[ALFWorld]上超越[GRPO]", new[] { true, false })]
    [InlineData("在[TIMIT]和[Buckeye]上超越[MFA]", new[] { true, true, false })]
    [InlineData("在[AIME24]、[AIME25]和[GPQA-Diamond]上使用[Qwen3-1.7B]", new[] { true, true, true, false })]
    [InlineData("在更难的[ChartQAPro]上超越[GPT-4o]", new[] { true, false })]
    [InlineData("在[MiniF2F]等基准测试上取得提升", new[] { true })]
    [InlineData("在[EgoSchema]和[CLEVRER]等长视频推理QA数据集上取得SOTA，相比[GPT-4o]", new[] { true, true, false })]
    [InlineData("在[MiniF2F]这个很难的长数学推理数据集上", new[] { false })]
    [InlineData("在[NCBI Disease]、[BC5CDR]、[BioRED]三个生物医学[NER]任务上，使用[GPT]", new[] { true, true, true, false, false })]
    [InlineData("在[TVPR2]和[GODPR]两个顶视数据集上，使用[CMC]", new[] { true, true, false })]
    [InlineData("[ATM]在[TOPKIDS]上平均测地误差2.4，相比基线[URSSM]", new[] { false, true, false })]
    [InlineData("在[Qwen2.5-7B]上，使用[UltraChat]", new[] { true, false })]
    [InlineData("在[Transformer]中使用[注意力]", new[] { false, false })]
    [InlineData("在三个体育教练任务（[Exact]、[FitnessQA]、[ExpertAF]）上，相比[SFT]", new[] { true, true, true, false })]
    [InlineData("在一个非常非常非常长的评测任务集合（[Exact]）上", new[] { false })]
    [InlineData("在[Wan-2.1-T2V]模型系列（1.3B和14B规模）上，优于[rCM]", new[] { true, false })]
    [InlineData("在[Wan-2.1-T2V]模型系列（含[FooNet]）上", new[] { false, false })]
    public void Should_Tell_Where_From_Who(string text, bool[] expected)
    {
        var (marked, markers) = Marked(text);

        Assert.Equal(expected, markers.Select(at => Frames.Holds(marked, at)).ToArray());
    }

    [Theory]
    [InlineData("利用[DWI]作为潜在模态，通过[EM]算法", new[] { true, true })]
    [InlineData("利用 [ANOVA]和[LLM]推理分析，调用[Agent]", new[] { true, true, false })]
    [InlineData("基于扩散的[HGFNet]采用[LoRA]", new[] { false, false })]
    [InlineData("通过将自由形式的[CoT]转换为有向图，提取[SEP]", new[] { true, false })]
    [InlineData("利用预训练的[BERT]编码，[HGFNet]采用[LoRA]", new[] { true, false, false })]
    [InlineData("进行合成对话的[SFT]，再使用[DAPO]", new[] { false, false })]
    [InlineData("基于[Transformer]的[HGFNet]采用[LoRA]", new[] { true, false, false })]
    [InlineData("与[Transformer]相比，[Mamba]更快", new[] { true, false })]
    [InlineData("[DeepSeek]与[Qwen]均采用[MoE]", new[] { false, false, false })]
    [InlineData("利用紧凑的蒸馏模型（[Llama-3.2-1B]和[Gemma-2-2B]），通过[LAPE]指标分析", new[] { true, true, true })]
    [InlineData("提出两种流水线（[SGR]和[CGR]），通过[RemoteSAM]", new[] { false, false, true })]
    [InlineData("通过稀疏[KV]检索解决长视频生成，[OmniMem]利用[LoRA]", new[] { true, false, true })]
    [InlineData("通过可学习去噪模块、PPA[注意力]和基于归一化[Wasserstein]距离的损失", new[] { true, true })]
    [InlineData("通过大规模医学图像数据集微调后的[MedSAM]在[ISIC]上", new[] { false, false })]
    [InlineData("利用157,849篇[PubMed]文章", new[] { true })]
    [InlineData("与随机森林、[SVM]、[XGBoost]和[Jacobi-GP]七种分类器对比，[Jacobi-DMR]更优", new[] { true, true, true, false })]
    public void Should_Tell_What_Is_Used_From_Who_Uses_It(string text, bool[] expected)
    {
        var (marked, markers) = Marked(text);

        Assert.Equal(expected, markers.Select(at => Objects.Holds(marked, at)).ToArray());
    }

    [Theory]
    [InlineData("将EPI对的畸变场建模为", true)]
    [InlineData("  通过将", true)]
    [InlineData("经过微调后的", false)]
    public void Should_Tell_A_Text_That_Opens_With_An_Object_Word(string text, bool expected)
    {
        Assert.Equal(expected, Objects.OpensWithObjectWord(text));
    }
}
