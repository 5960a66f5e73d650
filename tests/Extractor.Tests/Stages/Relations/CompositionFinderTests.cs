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
}
