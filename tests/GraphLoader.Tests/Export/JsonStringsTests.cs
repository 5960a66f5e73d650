using System.Buffers;
using System.Text;
using System.Text.Json;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class JsonStringsTests
{
    // Real sample text plus what the relaxed encoder escapes: quotes, backslashes, controls,
    // characters outside the BMP, line and paragraph separators, and what XML escapes (<>&).
    public static TheoryData<string> Texts =>
    [
        "article:skip-tuning-fine-tuning-free-adaptation",
        "LLaMA-2 在 MMLU 上的准确率 > 70%,而 GPT-4 < 90% & 更强",
        "作者提出了 \"Skip-Tuning\" 与 'LoRA' 的组合，路径 C:\\models",
        "line one\nline two\r\n\ttab \u0001 \u007F \u0085 end",
        "emoji 😀 and \u2028 separator \u00A9",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_Write_A_String_As_The_Exports_Utf8JsonWriter_Does(string text)
    {
        Assert.Equal(ViaWriter(text), Encoding.UTF8.GetString(Utf8Bytes.Of(output => new JsonStrings().Write(output, text))));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_Escape_The_Json_For_Xml_Text_When_Writing_For_GraphML(string text)
    {
        var expected = ViaWriter(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

        Assert.Equal(expected, Encoding.UTF8.GetString(Utf8Bytes.Of(output => new JsonStrings().WriteXmlText(output, text))));
    }

    [Fact]
    public void Should_Escape_A_Lone_Surrogate_As_The_Writer_Does()
    {
        // Built here: a theory's string data would lose the lone surrogate on the way.
        var text = "a lone " + (char)0xD800 + " surrogate";

        Assert.Equal(ViaWriter(text), Encoding.UTF8.GetString(Utf8Bytes.Of(output => new JsonStrings().Write(output, text))));
    }

    [Fact]
    public void Should_Write_Strings_That_Cross_The_Buffer_End_Or_Exceed_The_Buffer_Whole()
    {
        // The 64 KiB buffer is nearly full before the first string; the second is longer than the whole buffer.
        var filler = new string('x', Utf8Output.DefaultBufferSize - 10);
        var across = "大型语言模型 \"LLaMA\" 😀";
        var huge = string.Concat(Enumerable.Repeat("模型 \"A\" ", 20_000));
        var strings = new JsonStrings();

        var bytes = Utf8Bytes.Of(output =>
        {
            output.Write(filler);
            strings.Write(output, across);
            strings.Write(output, huge);
        });

        Assert.Equal(filler + ViaWriter(across) + ViaWriter(huge), Encoding.UTF8.GetString(bytes));
    }

    private static string ViaWriter(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonExporter.WriterOptions))
        {
            json.WriteStringValue(text);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
