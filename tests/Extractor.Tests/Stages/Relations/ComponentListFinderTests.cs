using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class ComponentListFinderTests
{
    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Fact]
    public void Should_Make_Each_Named_Item_Of_A_Numbered_List_Part_Of_The_Whole_That_Opens_The_Clause()
    {
        var edges = Edges("RouteNet包含三个核心模块：1) GateMix：融合局部与全局特征；2) SpanPool模块，压缩冗余令牌；3) 基于原型的重排序，提升召回。");

        Assert.Contains("GateMix -PART_OF-> RouteNet", edges);
        Assert.Contains("SpanPool -PART_OF-> RouteNet", edges);
        Assert.DoesNotContain(edges, e => e.Contains("-PART_OF-> GateMix", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Take_The_Work_Before_An_Anaphor_That_Opens_The_Sentence_As_The_Whole_Of_A_Later_Clause()
    {
        var edges = Edges("FooDet是一种端到端检测器。它集成了BarDETR的锚框查询,并新增三项设计:对比去噪训练(contrastive denoising)、混合查询选择和前瞻两次。");

        Assert.Contains("contrastive denoising -PART_OF-> FooDet", edges);
    }

    [Fact]
    public void Should_Make_A_Model_Item_One_The_Whole_Uses()
    {
        var edges = Edges("RouteNet包含两个核心模块：1) GateMix：融合局部与全局特征；2) Llama 2，负责生成回答。");

        Assert.Contains("GateMix -PART_OF-> RouteNet", edges);
        Assert.Contains("RouteNet -USES-> Llama 2", edges);
    }

    [Fact]
    public void Should_Take_The_Sentence_Subject_As_The_Whole_When_The_Cue_Clause_Names_None()
    {
        var edges = Edges("提出LumaTrack框架，包含两个关键组件：（1）时序锚点对齐（TAA），对齐相邻帧；（2）稀疏记忆检索（SMR），检索历史目标。");

        Assert.Contains("TAA -PART_OF-> LumaTrack", edges);
        Assert.Contains("SMR -PART_OF-> LumaTrack", edges);
    }

    [Fact]
    public void Should_Read_Items_Separated_By_List_Commas_Without_Numbers()
    {
        var edges = Edges("KiteGen方法包含三个核心组件：FlowAdapter（适配光流）、DepthGate（深度门控）、EdgeRefiner（边缘细化）。");

        Assert.Contains("FlowAdapter -PART_OF-> KiteGen", edges);
        Assert.Contains("EdgeRefiner -PART_OF-> KiteGen", edges);
    }

    [Theory]
    [InlineData("RouteNet包含三个核心模块：1) Token蒸馏器提取全局令牌；2) 基于原型的重排序。", "Token -PART_OF-> RouteNet")]
    [InlineData("现有方法中，RouteNet包含两个模块：1) GateMix：融合特征；2) SpanPool：压缩令牌。", "GateMix -PART_OF-> RouteNet")]
    [InlineData("本文提出RouteNet。基于CLIP的检索系统包含两个模块：1) GateMix：融合特征；2) SpanPool：压缩令牌。", "GateMix -PART_OF-> RouteNet")]
    [InlineData("RouteNet包含三个阶段：1) GateMix：融合特征；2) SpanPool：压缩令牌。", "GateMix -PART_OF-> RouteNet")]
    public void Should_Not_Make_Parts_Of_Modifiers_Prior_Work_Unnamed_Wholes_Or_Stages(string body, string edge)
    {
        Assert.DoesNotContain(edge, Edges(body));
    }

    [Theory]
    [InlineData("1) A；2) B；3) C。后文", new[] { "A", "B", "C" })]
    [InlineData("（1）A，（2）B。", new[] { "A", "B" })]
    [InlineData("A、B、C", new[] { "A", "B", "C" })]
    [InlineData("2) A；3) B", new string[0])]
    [InlineData("A提升了3.5倍，B", new string[0])]
    [InlineData("一是A,二是B。", new[] { "A", "B" })]
    [InlineData("其一是A,其二是B。", new[] { "A", "B" })]
    [InlineData("唯一是A", new string[0])]
    public void Should_Find_The_Items_Of_A_List(string list, string[] items)
    {
        var starts = ComponentListFinder.ItemStarts(list, 0);

        Assert.Equal(items, starts.Select(s => list.Substring(s, 1)));
    }

    [Fact]
    public void Should_Make_Each_Key_Design_A_Method_Is_Said_To_Have_Part_Of_It()
    {
        var edges = Edges("PASS包含三个关键设计：1）Advantage Fusion：将三个流独立标准化；2）Chunk-by-Value：按信号分块。");

        Assert.Contains("Advantage Fusion -PART_OF-> PASS", edges);
        Assert.Contains("Chunk-by-Value -PART_OF-> PASS", edges);
    }

    [Fact]
    public void Should_Read_A_Counted_List_Whose_Items_Only_Commas_Part()
    {
        var edges = Edges("提出SeeCo框架，包含两个核心模块：几何共识学习（GCL）通过多视角观测进行几何对齐，语义共识学习（SCL）通过文本描述进行语义对齐，两者通过在线共识注入器（OCI）注入。");

        Assert.Contains("GCL -PART_OF-> SeeCo", edges);
        Assert.Contains("SCL -PART_OF-> SeeCo", edges);
        Assert.DoesNotContain("OCI -PART_OF-> SeeCo", edges);
    }

    [Theory]
    [InlineData("QuantKit对此做了三项关键改动：（1）任意顺序：所有行共享同一个逆矩阵；（2）延迟批量更新（lazy batch updates）：每次处理128列的块。", "lazy batch updates -PART_OF-> QuantKit")]
    [InlineData("RouteMoE在GShard的基础上做了两点改动：一是细粒度专家切分（fine-grained expert segmentation），把专家拆小；二是共享专家隔离。", "fine-grained expert segmentation -PART_OF-> RouteMoE")]
    [InlineData("DetNet集成了已有技巧，并新增三项设计:对比去噪训练(contrastive denoising)、混合query选择(mixed query selection)。", "contrastive denoising -PART_OF-> DetNet")]
    public void Should_Make_Each_Named_Change_A_Method_Makes_Or_Adds_Part_Of_It(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Theory]
    [InlineData("LoraKit有三个关键技术：（1）4-bit NormalFloat（NF4），一种新的数据类型；（2）双重量化（Double Quantization），对量化常数再做量化。", "Double Quantization -PART_OF-> LoraKit")]
    [InlineData("SparseMoE是一种MoE架构，它包含两个关键策略：（1）细粒度专家切分（fine-grained expert segmentation），把专家拆小；（2）共享专家隔离。", "fine-grained expert segmentation -PART_OF-> SparseMoE")]
    [InlineData("TinyBERT是BERT的轻量化版本。它的核心是两个参数压缩技巧：跨层参数共享（Cross-layer Parameter Sharing）和句子顺序预测（Sentence Order Prediction）。", "Sentence Order Prediction -PART_OF-> TinyBERT")]
    [InlineData("TinyBERT是BERT的轻量化版本。它的核心是两个参数压缩技巧：跨层参数共享（Cross-layer Parameter Sharing）和句子顺序预测（Sentence Order Prediction）。", "Cross-layer Parameter Sharing -PART_OF-> TinyBERT")]
    public void Should_Make_The_Key_Techniques_A_Method_Is_Counted_To_Have_Part_Of_It(string body, string edge)
    {
        Assert.Contains(edge, Edges(body));
    }

    [Fact]
    public void Should_Not_Make_Techniques_A_Method_Merely_Uses_Its_Parts()
    {
        var edges = Edges("RouteNet使用了以下技术：跨层参数共享（Cross-layer Parameter Sharing）和句子顺序预测（Sentence Order Prediction）。");

        Assert.DoesNotContain(edges, e => e.Contains("-PART_OF->", StringComparison.Ordinal));
    }
}
