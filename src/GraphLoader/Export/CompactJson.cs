using System.Buffers;
using System.Text.Json;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Formats small JSON values (string arrays) as compact UTF-8 for GraphML
/// attributes, reusing one buffer and writer; the text equals <c>JsonSerializer</c>'s with the
/// relaxed encoder. Not thread-safe: one per export.
/// </summary>
internal sealed class CompactJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JsonExporter.WriterOptions.Encoder };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public CompactJson() => _json = new Utf8JsonWriter(_buffer, Options);

    /// <summary>A JSON array of strings, valid until the next call.</summary>
    public ReadOnlySpan<byte> Strings(EquatableArray<string> values)
    {
        Start();
        _json.WriteStartArray();
        foreach (var value in values.AsImmutableArray())
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
        return Finish();
    }

    private void Start()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
    }

    private ReadOnlySpan<byte> Finish()
    {
        _json.Flush();
        return _buffer.WrittenSpan;
    }
}
