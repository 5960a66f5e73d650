using System.Text;

namespace Digest.GraphLoader.Tests.Export;

public sealed class Utf8OutputTests
{
    [Fact]
    public void Should_Encode_Text_Longer_Than_Its_Buffer_As_Utf8Encoding_Does()
    {
        // 150,000 characters, with surrogate pairs that fall across the 64 KiB buffer's edges.
        var text = string.Concat(Enumerable.Repeat("大型语言模型 LLaMA 😀 ", 10_000));

        Assert.Equal(Encoding.UTF8.GetBytes(text), Utf8Bytes.Of(output => output.Write(text)));
    }

    [Fact]
    public void Should_Write_A_Lone_Surrogate_As_The_Replacement_Character_Like_Utf8Encoding()
    {
        var text = "a\uD800b";

        Assert.Equal(new UTF8Encoding(false).GetBytes(text), Utf8Bytes.Of(output => output.Write(text)));
    }

    [Fact]
    public void Should_Format_Numbers_As_ToString_With_The_Invariant_Culture_When_The_Buffer_Is_Nearly_Full()
    {
        var filler = new string('x', (1 << 16) - 3);

        var bytes = Utf8Bytes.Of(output =>
        {
            output.Write(filler);
            output.Write(0.06580613408562794, "R");
            output.Write(1234567);
        });

        Assert.Equal(filler + 0.06580613408562794.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "1234567", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Should_Keep_Pending_Text_Only_When_Advanced_Even_Across_A_Flush()
    {
        var filler = new string('x', (1 << 16) - 5);

        var bytes = Utf8Bytes.Of(output =>
        {
            output.Write(filler);
            Assert.True(output.TryEncodePending("模型 A", out var kept));
            output.Advance(kept.Length);
            Assert.True(output.TryEncodePending("dropped", out _));
            output.Write((byte)'!');
        });

        Assert.Equal(filler + "模型 A!", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Should_Refuse_To_Encode_Pending_A_Lone_Surrogate_Or_Text_Larger_Than_The_Buffer()
    {
        Utf8Bytes.Of(output =>
        {
            Assert.False(output.TryEncodePending("a\uD800b", out _));
            Assert.False(output.TryEncodePending(new string('x', 1 << 16), out _));
        });
    }
}
