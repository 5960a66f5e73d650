using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Tests.Stages.Mentions;

public sealed class LatinNameFinderTests
{
    private static List<string> Names(string body) =>
        PipelineRun.RunUntil<LatinNameFinder>("T", body).Mentions
            .Where(m => m.Finder == LatinNameFinder.Name)
            .Select(m => m.Surface)
            .ToList();

    [Fact]
    public void Should_Take_The_Name_An_Adjective_Is_Made_From()
    {
        var names = Names("提出LLM-based评估框架，采用UNet-like结构，集成FramePack-style历史压缩。");

        Assert.Equal(["LLM", "UNet", "FramePack"], names);
    }

    [Fact]
    public void Should_Not_Take_A_Role_In_An_Agent_System_For_A_Name()
    {
        var names = Names("MapAgent采用Judge-Planner-Worker循环：调用工具的Planner生成修正编辑，Worker执行，Critic和Actor交替更新，每个token都被检查。");

        Assert.Equal(["MapAgent", "Judge-Planner-Worker"], names);
    }

    [Fact]
    public void Should_Not_Take_A_Statistic_Or_A_Reporting_Word_For_A_Name_From_Corpus_Summaries()
    {
        var names = Names("RankFuse的Kendall相关系数为0.66（95% CI: 0.64-0.68），经McNemar检验与Fisher精确检验显著，GT标注下Top-K检索的ACC和HOTA均提升，以INT8和BF16部署，代码以Apache 2.0发布，NP难问题的IID假设仍成立。");

        Assert.Equal(["RankFuse"], names);
        Assert.Equal(["ViewFuse"], Names("ViewFuse在Hard子集和Lite基准上领先，Thinking模式下经Bonferroni校正仍显著。"));
        Assert.Equal(["SpatialFly"], Names("SpatialFly在Full split上的NE更低，nDTW更高。"));
        Assert.Equal(["SegNext"], Names("SegNext的Dice达0.91，HD95降至4.2mm。"));
    }

    [Fact]
    public void Should_Keep_A_Lower_Case_Version_With_Its_Name()
    {
        var names = Names("DeepLab v1引入空洞卷积，DeepLab v3+在此基础上加入解码器；P-Tuning v2和LLaVA v1.5在SQuAD v2.0上评测，vs v2不是名字。");

        Assert.Equal(["DeepLab v1", "DeepLab v3+", "P-Tuning v2", "LLaVA v1.5", "SQuAD v2.0"], names);
    }

    [Fact]
    public void Should_Find_Names_Of_Every_Shape_From_The_Sample()
    {
        var names = Names("后来,NTK-aware Scaled RoPE 进一步改进。在最新的 DeepSeek-V2 语言模型中,S4 和 HiPPO 都很重要。");

        Assert.Equal(["NTK-aware Scaled RoPE", "DeepSeek-V2", "S4", "HiPPO"], names);
    }

    [Fact]
    public void Should_Drop_Metrics_And_Generic_Words_From_Corpus_Sentences_And_Leave_Sizes_To_The_Quantity_Filter()
    {
        const string Body = "实验结果 PSNR 20.54、SSIM 0.8914,在30-60 FPS下运行,7B模型达到SOTA。The results in Table 3 show that";

        Assert.Equal(["7B", "Table 3"], Names(Body));
        Assert.DoesNotContain(PipelineRun.RunUntil<QuantityFilter>("T", Body).Mentions, m => m.Finder == LatinNameFinder.Name);
    }

    [Fact]
    public void Should_Keep_A_Possessive_Inside_A_Benchmark_Name_From_Corpus_Sentences()
    {
        var names = Names("在SGI-Reasoning和Scientists' First Exam测试集上，Humanity’s Last Exam上实现了提升，GPT's 输出更长。");

        Assert.Equal(["SGI-Reasoning", "Scientists' First Exam", "Humanity’s Last Exam", "GPT"], names);
    }

    [Fact]
    public void Should_End_A_Name_Before_A_Score_And_Keep_A_Version()
    {
        var names = Names("在BrowseComp 42.8和CIFAR-10 91.8上领先，F1 0.843，MedQA 0.60，GenEval 0.85；AlpacaEval 2.0、AngelSlim 1.25与Llama 3.1 405B、Python 3.12均可用。");

        Assert.Equal(["BrowseComp", "CIFAR-10", "MedQA", "GenEval", "AlpacaEval 2.0", "AngelSlim 1.25", "Llama 3.1 405B", "Python 3.12"], names);
    }

    [Fact]
    public void Should_Keep_A_Trailing_Plus_That_Names_A_Successor_But_Not_One_That_Joins_Or_Counts()
    {
        var names = Names("提出 CogRAG+ 框架，基于HERMES++，在PASCAL3D+和ObjectNet3D上评估，使用ResNet50+时序注意力和CNN+注意力，构建10K+场景，通过RWKU+基准诊断。");

        // 10K is an amount, which the quantity filter drops later; here it only must not take the plus.
        Assert.Equal(["CogRAG+", "HERMES++", "PASCAL3D+", "ObjectNet3D", "ResNet50", "CNN", "10K", "RWKU+"], names);
    }

    [Fact]
    public void Should_Keep_A_Superscript_Inside_A_Name()
    {
        Assert.Equal(["PAR²-RAG", "SGG-R³", "T²PO"], Names("提出PAR²-RAG框架，结合SGG-R³的图谱与T²PO的探索控制。"));
    }

    [Fact]
    public void Should_End_A_Name_Before_An_Amount_Glued_To_It_In_Corpus_Sentences()
    {
        var names = Names("GUICrafter在仅使用UI-TARS 0.1%数据量的情况下，加速EAGLE-3 1.9倍，超出GPT-4o 6.7个百分点，CIDEr+2.5，MetricX+1.25，LVIS/57.5，在SkillsBench 27个真实任务上。");

        Assert.Equal(["GUICrafter", "UI-TARS", "EAGLE-3", "GPT-4o", "MetricX", "LVIS", "SkillsBench"], names);
    }

    [Fact]
    public void Should_Keep_Versions_And_Patch_Sizes_That_No_Unit_Follows()
    {
        var names = Names("Claude Opus 4.7分别缩小了差距，CLIP-ViT-L/14与Qwen2.5-3B/7B、Llama 3.1和GPT-4+均可用。");

        Assert.Equal(["Claude Opus 4.7", "CLIP-ViT-L/14", "Qwen2.5-3B/7B", "Llama 3.1", "GPT-4"], names);
    }

    [Fact]
    public void Should_Not_Take_A_Cited_Author_Or_A_Metric_At_A_Cut_Off_From_Corpus_Sentences()
    {
        var names = Names("采用BERTopic流程，使用Röder等人(2015)提出的指标，参照Darcet et al.的做法，Recall@10和Pass@1均提升，CLIP仍为基线。");

        Assert.Equal(["BERTopic", "CLIP"], names);
    }

    [Fact]
    public void Should_Keep_A_Patch_Size_After_A_Later_Word_But_End_A_Name_At_A_Slash_Between_Words_Or_Versions()
    {
        Assert.Equal(["CLIP ViT-L/14", "DINOv2 ViT-B/14"], Names("视觉编码器选用CLIP ViT-L/14，对比DINOv2 ViT-B/14。"));
        Assert.Equal(["Causal Forcing", "Causal Forcing++"], Names("采用Causal Forcing/Causal Forcing++流水线。"));
        Assert.Equal(["NTU RGB+D 60", "NW-UCLA"], Names("在NTU RGB+D 60/120和NW-UCLA数据集上取得了有竞争力的性能。"));
    }
}
