using System.Text;
using System.Xml;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class XmlEscaperTests
{
    // Real sample text plus what XML treats specially: markup, CR, CR LF, tabs, quotes, a surrogate pair.
    public static TheoryData<string> Texts =>
    [
        "LLaMA-2 在 MMLU 上的准确率 > 70%,而 GPT-4 < 90% & 更强",
        "作者提出了 \"Skip-Tuning\" 与 'LoRA' 的组合",
        "line one\nline two\r\nline three\rend",
        "tab\there and 😀 emoji",
        "]]> and &amp; already escaped",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_Write_Text_As_XmlWriter_Does(string text)
    {
        var expected = ViaXmlWriter(xml => xml.WriteString(text), attribute: false);

        Assert.Equal(expected, Write(output => XmlEscaper.WriteText(output, text)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_Write_Attribute_Values_As_XmlWriter_Does(string text)
    {
        var expected = ViaXmlWriter(xml => xml.WriteAttributeString("v", text), attribute: true);

        Assert.Equal(expected, Write(output => XmlEscaper.WriteAttribute(output, text)));
    }

    [Fact]
    public void Should_Escape_Only_Markup_When_Writing_Compact_Json()
    {
        var json = "[\"a<b\",\"c&d>e\",\"中文\"]"u8.ToArray();

        Assert.Equal("[\"a&lt;b\",\"c&amp;d&gt;e\",\"中文\"]", Write(output => XmlEscaper.WriteText(output, json)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_Write_Text_Whole_When_It_Starts_Where_The_Buffer_Is_Nearly_Full(string text)
    {
        var filler = new string('x', Utf8Output.DefaultBufferSize - 7);
        var expected = filler + ViaXmlWriter(xml => xml.WriteString(text), attribute: false);

        Assert.Equal(expected, Write(output =>
        {
            output.Write(filler);
            XmlEscaper.WriteText(output, text);
        }));
    }

    // Characters as numbers: a theory's string data would lose a lone surrogate on the way.
    [Theory]
    [InlineData(0x0007)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    public void Should_Refuse_Characters_Xml_Cannot_Hold_Like_XmlWriter(int character)
    {
        var text = $"text {(char)character} inside";

        Assert.Throws<ArgumentException>(() => ViaXmlWriter(xml => xml.WriteString(text), attribute: false));
        Assert.Throws<ArgumentException>(() => Write(output => XmlEscaper.WriteText(output, text)));
    }

    private static string Write(Action<Utf8Output> write) => Encoding.UTF8.GetString(Utf8Bytes.Of(write));

    /// <summary>What XmlWriter, set up as the GraphML export used to be, writes for the value inside an element.</summary>
    private static string ViaXmlWriter(Action<XmlWriter> write, bool attribute)
    {
        using var bytes = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n", OmitXmlDeclaration = true };
        using (var xml = XmlWriter.Create(bytes, settings))
        {
            xml.WriteStartElement("e");
            write(xml);
            if (attribute)
            {
                xml.WriteString("x");
            }

            xml.WriteEndElement();
        }

        var written = Encoding.UTF8.GetString(bytes.ToArray());
        return attribute
            ? written[(written.IndexOf("v=\"", StringComparison.Ordinal) + 3)..written.LastIndexOf("\">x</e>", StringComparison.Ordinal)]
            : written.StartsWith("<e />", StringComparison.Ordinal) ? string.Empty : written["<e>".Length..^"</e>".Length];
    }
}
