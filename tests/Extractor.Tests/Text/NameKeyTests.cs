using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Text;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Skip-Tuning", "skiptuning")]
    [InlineData("Skip Tuning", "skiptuning")]
    [InlineData("skiptuning", "skiptuning")]
    [InlineData("Mixtral-8x7B-v0.1", "mixtral8x7bv01")]
    [InlineData("A/B", "a/b")]
    [InlineData("\"Chain-of-Thought\" (CoT)", "chainofthoughtcot")]
    [InlineData("《旋转位置编码》", "旋转位置编码")]
    [InlineData("- . _", "")]
    public void Should_Lower_Case_Normalise_And_Drop_Spaces_And_Punctuation(string name, string key)
    {
        Assert.Equal(key, NameKey.Of(name));
    }

    [Theory]
    [InlineData("Skip-Tuning")]
    [InlineData("Mixtral 8x7B")]
    [InlineData("ViT-L/14")]
    [InlineData("LoRA+")]
    [InlineData("tab\tand\nnewline")]
    [InlineData("")]
    public void Should_Write_The_Same_Key_Without_Allocating_When_The_Name_Is_Ascii(string name)
    {
        Span<char> buffer = stackalloc char[64];

        Assert.True(NameKey.TryWriteAscii(name, buffer, out var length));
        Assert.Equal(NameKey.Of(name), buffer[..length].ToString());
    }

    [Theory]
    [InlineData("旋转位置编码")]
    [InlineData("ＧＰＴ－４ｏ")]
    [InlineData("Déjà View")]
    public void Should_Leave_Names_That_Need_Normalising_To_Of(string name)
    {
        Span<char> buffer = stackalloc char[64];

        Assert.False(NameKey.TryWriteAscii(name, buffer, out _));
    }

    [Fact]
    public void Should_Refuse_A_Name_Longer_Than_The_Buffer()
    {
        Span<char> buffer = stackalloc char[4];

        Assert.False(NameKey.TryWriteAscii("Transformer", buffer, out _));
    }
}
