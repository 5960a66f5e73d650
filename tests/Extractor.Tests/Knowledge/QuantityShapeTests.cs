using Digest.Extractor.Knowledge;

namespace Digest.Extractor.Tests.Knowledge;

/// <summary>The shipped units (<c>quantity-units.txt</c>) on surfaces the corpus's finders took for names.</summary>
public sealed class QuantityShapeTests
{
    private static readonly QuantityShape Shipped = Stages.PipelineRun.Knowledge.Quantities;

    [Theory]
    [InlineData("120ms")]
    [InlineData("16.74 ms")]
    [InlineData("0.5M")]
    [InlineData("671B")]
    [InlineData("2B-32B")]
    [InlineData("110M-1.56B")]
    [InlineData("6.08-6.67Hz")]
    [InlineData("868 MHz")]
    [InlineData("30-60 FPS")]
    [InlineData("1.95dB")]
    [InlineData("0.8 mAP")]
    [InlineData("24GB")]
    [InlineData("50x")]
    [InlineData("2048x2048")]
    [InlineData("256 × 256")]
    [InlineData("0.784 vs. 0.702")]
    [InlineData("2.978vs2.464")]
    [InlineData("DSC 0.900 vs 0.830")]
    [InlineData("HD95 5.70 vs 7.60mm")]
    [InlineData("64.3s vs 76.1s")]
    [InlineData("100h-2500h")]
    [InlineData("15%")]
    [InlineData("１２０ms")]
    [InlineData("٣٠ FPS")]
    [InlineData("7B/8B/32B")]
    [InlineData("100K/64K")]
    [InlineData("5B/1.5B/7B")]
    [InlineData("27个")]
    [InlineData("1.9倍")]
    [InlineData("8192 token")]
    [InlineData("+2.4pp")]
    public void Should_Take_Amounts_Ranges_Sizes_And_Comparisons_For_Measurements(string surface) =>
        Assert.True(Shipped.IsQuantity(surface), surface);

    [Theory]
    [InlineData("S4")]
    [InlineData("Llama 3")]
    [InlineData("Qwen2.5-VL")]
    [InlineData("GPT-4o")]
    [InlineData("3D-RoPE")]
    [InlineData("3DGS")]
    [InlineData("DeepSeek-V2")]
    [InlineData("T5")]
    [InlineData("2D")]
    [InlineData("YOLOv8-Nano")]
    [InlineData("ms")]
    [InlineData("小参数模型")]
    [InlineData("7Bx")]
    [InlineData("120 msec")]
    [InlineData("Qwen2.5-3B/7B")]
    [InlineData("1D/2D/3D")]
    [InlineData("ViT-B/16")]
    public void Should_Leave_Names_That_Hold_Numbers(string surface) =>
        Assert.False(Shipped.IsQuantity(surface), surface);

    [Fact]
    public void Should_Read_Units_From_Data_Lines_And_Match_Them_Case_Sensitively()
    {
        var shape = QuantityShape.Parse(new StringReader("# units\n\nms\nHz\n"));

        Assert.True(shape.IsQuantity("5ms"));
        Assert.True(shape.IsQuantity("50 Hz"));
        Assert.False(shape.IsQuantity("5MS"));
        Assert.False(shape.IsQuantity("5 dB"));
        Assert.True(shape.IsQuantity("5"));
    }

    [Theory]
    [InlineData("%数据量", true)]
    [InlineData("倍，", true)]
    [InlineData("个百分点", true)]
    [InlineData("ms内", true)]
    [InlineData("B", true)]
    [InlineData("分别缩小", false)]
    [InlineData("msec", false)]
    [InlineData("Bench", false)]
    [InlineData("", false)]
    public void Should_Tell_A_Unit_That_Opens_The_Text_After_A_Number(string after, bool opens) =>
        Assert.Equal(opens, Shipped.OpensWithUnit(after));
}
