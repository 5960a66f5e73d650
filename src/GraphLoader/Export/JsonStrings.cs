using System.Buffers;
using System.Text.Json;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes JSON string values byte for byte as the exports' <see cref="Utf8JsonWriter"/> writes
/// them (<see cref="JsonExporter.WriterOptions"/>' relaxed encoder). Most strings need no escape:
/// they are transcoded straight into the output and checked there with the encoder's own test;
/// the rest go through a writer, as before. Not thread-safe: one per export.
/// </summary>
internal sealed class JsonStrings
{
    /// <summary>Bytes that XML text escapes (a JSON string escapes every control character itself).</summary>
    private static readonly SearchValues<byte> XmlMarkup = SearchValues.Create("<>&"u8);

    private readonly ArrayBufferWriter<byte> _scratch = new(256);
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates the writer for the strings that need escaping.</summary>
    public JsonStrings() => _writer = new Utf8JsonWriter(_scratch, new JsonWriterOptions { Encoder = JsonExporter.WriterOptions.Encoder });

    /// <summary>Writes <paramref name="value"/> as a quoted JSON string.</summary>
    /// <param name="output">The output.</param>
    /// <param name="value">The string.</param>
    public void Write(Utf8Output output, string value)
    {
        output.Write((byte)'"');
        if (!TryWriteVerbatim(output, value, xml: false))
        {
            output.Write(Escaped(value));
        }

        output.Write((byte)'"');
    }

    /// <summary>Writes <paramref name="value"/> as a quoted JSON string, escaped for XML text (GraphML keeps lists as JSON).</summary>
    /// <param name="output">The output.</param>
    /// <param name="value">The string.</param>
    public void WriteXmlText(Utf8Output output, string value)
    {
        output.Write((byte)'"');
        if (!TryWriteVerbatim(output, value, xml: true))
        {
            XmlEscaper.WriteText(output, Escaped(value));
        }

        output.Write((byte)'"');
    }

    private static bool TryWriteVerbatim(Utf8Output output, string value, bool xml)
    {
        if (!output.TryEncodePending(value, out var utf8)
            || JsonExporter.WriterOptions.Encoder!.FindFirstCharacterToEncodeUtf8(utf8) >= 0
            || (xml && utf8.ContainsAny(XmlMarkup)))
        {
            return false;
        }

        output.Advance(utf8.Length);
        return true;
    }

    /// <summary>The escaped string without its quotes, as the writer escapes it.</summary>
    private ReadOnlySpan<byte> Escaped(string value)
    {
        _scratch.ResetWrittenCount();
        _writer.Reset(_scratch);
        _writer.WriteStringValue(value);
        _writer.Flush();
        return _scratch.WrittenSpan[1..^1];
    }
}
