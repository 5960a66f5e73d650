namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class CompositionFinderTests
{
    private static IReadOnlyList<string> Edges(string body) => PipelineRun.Edges(PipelineRun.Extract("T", body));

    [Theory]
    [InlineData("MiT -PART_OF-> SegFormer")]
    [InlineData("MLP -PART_OF-> SegFormer")]
    public void Should_Read_The_Parts_Of_What_An_Anaphor_Stands_For_Past_Their_Descriptions(string expected)
    {
        var edges = Edges("Enze Xie等人提出SegFormer，它由层次化的Mix Transformer（MiT）编码器和一个只包含MLP层的轻量解码器组成，不需要位置编码。");

        Assert.Contains(expected, edges);
    }

    [Theory]
    [InlineData("一个FooNAS系统通常由搜索空间(search space)、搜索策略(search strategy)和性能评估策略(performance estimation strategy)三部分组成。", "search strategy -PART_OF-> FooNAS")]
    [InlineData("FooNet模型由BarBlock和BazBlock组成。", "BazBlock -PART_OF-> FooNet")]
    [InlineData("FooMoE层由专家网络（BarExpert）和门控网络（BazGate）构成。", "BazGate -PART_OF-> FooMoE")]
    [InlineData("FooMamba块由BarScan、卷积层和BazGate构成。", "BazGate -PART_OF-> FooMamba")]
    public void Should_Read_The_Whole_Past_Its_Class_Noun_And_An_Adverb_Before_The_Frame(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("FooFormer的每一层包含多头自注意力（BarAttention）和前馈网络（BazFFN）两个子层。", "BazFFN -PART_OF-> FooFormer")]
    [InlineData("FooDETR主要包括CNN骨干网络、BarDecoder和BazHead三个部分。", "BazHead -PART_OF-> FooDETR")]
    public void Should_Read_The_Parts_A_Whole_Is_Said_To_Contain_With_Their_Count(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Theory]
    [InlineData("FooGAN的生成器包括一个映射网络(BarMapping)和一个合成网络(BazSynthesis)。", "BazSynthesis -PART_OF-> FooGAN")]
    [InlineData("FooGAN基于ProGAN的训练框架,其生成器包括一个映射网络(BarMapping),它把隐变量z映射为中间向量w。", "BarMapping -PART_OF-> FooGAN")]
    public void Should_Read_The_Parts_A_Role_Of_The_Whole_Is_Said_To_Contain_Without_A_Count(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_End_The_Parts_A_Role_Contains_With_Its_Clause()
    {
        Assert.DoesNotContain("BazNet -PART_OF-> FooGAN", Edges("FooGAN的生成器包括一个映射网络(BarMapping)，效果优于BazNet。"));
    }

    [Fact]
    public void Should_Not_Read_A_List_A_Whole_Contains_Without_A_Count_Of_Parts_As_Its_Parts()
    {
        Assert.DoesNotContain(Edges("FooNet包括BarNet和BazNet等基线。"), e => e.Contains("-PART_OF->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Read_No_Whole_Before_A_Frame_That_Opens_A_Sentence()
    {
        // The text before the frame, trimmed, ends in the sentence before: no whole is named, and nothing may fail.
        Assert.DoesNotContain(Edges("FooNet表现很好。 由BarBlock和BazBlock组成的系统也很好。"), e => e.Contains("-PART_OF->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Read_The_Parts_Of_The_Name_Before_The_Frame_But_Not_What_A_Part_Is_Based_On()
    {
        var edges = Edges("FooNet由基于Transformer的编码器和轻量的BazNet解码器组成。");

        Assert.Contains("BazNet -PART_OF-> FooNet", edges);
        Assert.DoesNotContain("Transformer -PART_OF-> FooNet", edges);
    }

    [Fact]
    public void Should_Read_No_Parts_Without_A_Whole_Before_The_Frame()
    {
        var edges = Edges("整个系统由层次化的BarNet编码器和BazNet解码器组成。");

        Assert.DoesNotContain(edges, e => e.Contains("-PART_OF->", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Read_The_Parts_Of_A_Role_Of_The_Name_Before_The_Frame_As_Its_Own()
    {
        var edges = Edges("StyleNet的生成器由映射网络（mapping network）和合成网络（synthesis network）两部分组成。");

        Assert.Contains("mapping network -PART_OF-> StyleNet", edges);
        Assert.Contains("synthesis network -PART_OF-> StyleNet", edges);
    }

    [Fact]
    public void Should_Read_A_Model_Among_The_Parts_As_One_The_Whole_Uses()
    {
        var edges = Edges("LLaVA由CLIP ViT-L/14视觉编码器和大语言模型Vicuna组成，二者之间仅用一个线性投影层连接。");

        Assert.Contains("LLaVA -USES-> Vicuna", edges);
        Assert.DoesNotContain("Vicuna -PART_OF-> LLaVA", edges);
    }

    [Theory]
    [InlineData("YOLOv4的主干采用CSPDarknet53，颈部由SPP和PANet组成。", "PANet -PART_OF-> YOLOv4")]
    [InlineData("RWKV借鉴了AFT的思想，每一层由Time-mixing和Channel-mixing两个模块组成。", "Channel-mixing -PART_OF-> RWKV")]
    [InlineData("EfficientNet-B0的主干由MBConv和Squeeze-and-Excitation模块组成。", "MBConv -PART_OF-> EfficientNet-B0")]
    public void Should_Read_The_Parts_Of_A_Role_Of_The_Whole_The_Sentence_Opens_With(string body, string expected)
    {
        Assert.Contains(expected, Edges(body));
    }

    [Fact]
    public void Should_Not_Read_What_A_Part_Comes_From_As_A_Part_Or_Used()
    {
        var edges = Edges("EfficientNet-B0的主干由MBConv(源自MobileNetV2的倒残差块)和Squeeze-and-Excitation模块组成。");

        Assert.Contains("MBConv -PART_OF-> EfficientNet-B0", edges);
        Assert.DoesNotContain(edges, e => e.Contains("MobileNetV2", StringComparison.Ordinal) && e.Contains("EfficientNet-B0", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Not_Read_A_Role_In_A_Clause_Of_A_Sentence_That_Opens_Without_A_Work_As_Its_Parts()
    {
        var edges = Edges("实验表明，颈部由BarNet和BazNet组成。");

        Assert.DoesNotContain(edges, e => e.Contains("-PART_OF->", StringComparison.Ordinal));
    }
}
