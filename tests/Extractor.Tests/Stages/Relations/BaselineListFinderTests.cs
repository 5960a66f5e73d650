namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class BaselineListFinderTests
{
    private const string TimesFm = "本文提出TimesFM。对比的基线包括统计方法ARIMA和ETS,深度学习方法DeepAR、N-BEATS、PatchTST、FEDformer,以及基于GPT-3和Llama 2做零样本预测的LLMTime。";

    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Theory]
    [InlineData("TimesFM -COMPARED_WITH-> ETS")]
    [InlineData("TimesFM -COMPARED_WITH-> DeepAR")]
    [InlineData("TimesFM -COMPARED_WITH-> FEDformer")]
    [InlineData("TimesFM -COMPARED_WITH-> LLMTime")]
    public void Should_Compare_The_Method_With_Every_Baseline_Past_The_Class_Nouns_And_Commas_That_Group_Them(string expected)
    {
        Assert.Contains(expected, Edges(TimesFm));
    }

    [Fact]
    public void Should_Not_Take_What_A_Baseline_Is_Based_On_For_A_Baseline()
    {
        var edges = Edges(TimesFm);

        Assert.DoesNotContain("TimesFM -COMPARED_WITH-> GPT-3", edges);
        Assert.DoesNotContain("TimesFM -COMPARED_WITH-> Llama 2", edges);
    }

    [Fact]
    public void Should_Read_Baselines_Split_Into_Groups()
    {
        var edges = Edges("本文提出SASRec。对比的基线分为三组:PopRec、BPR这类通用推荐方法,FMC、FPMC、TransRec这类基于一阶马尔可夫链的方法,以及GRU4Rec和基于卷积的Caser等深度方法。");

        Assert.Contains("SASRec -COMPARED_WITH-> FPMC", edges);
        Assert.Contains("SASRec -COMPARED_WITH-> Caser", edges);
    }

    [Fact]
    public void Should_Read_Compared_Methods_Covered_Past_Descriptions()
    {
        var edges = Edges("本文提出Anomaly Transformer。对比方法涵盖经典方法OC-SVM和Isolation Forest、基于密度估计的LOF和DAGMM，以及基于重构的LSTM-VAE和BeatGAN等。");

        Assert.Contains("Anomaly Transformer -COMPARED_WITH-> Isolation Forest", edges);
        Assert.Contains("Anomaly Transformer -COMPARED_WITH-> DAGMM", edges);
        Assert.Contains("Anomaly Transformer -COMPARED_WITH-> BeatGAN", edges);
    }
}
