using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Formats small JSON values (string arrays, evidence lists) as compact text for GraphML
/// attributes, reusing one buffer and writer; the text equals <c>JsonSerializer</c>'s with the
/// relaxed encoder. Not thread-safe: one per export.
/// </summary>
internal sealed class CompactJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JsonExporter.WriterOptions.Encoder };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public CompactJson() => _json = new Utf8JsonWriter(_buffer, Options);

    /// <summary>A JSON array of strings.</summary>
    public string Strings(IEnumerable<string> values)
    {
        Start();
        _json.WriteStartArray();
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
        return Finish();
    }

    /// <summary>A JSON array of objects, each with the given string properties in order.</summary>
    public string Objects<T>(IEnumerable<T> items, params (string Name, Func<T, string> Value)[] properties)
    {
        Start();
        _json.WriteStartArray();
        foreach (var item in items)
        {
            _json.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                _json.WriteString(name, value(item));
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        return Finish();
    }

    private void Start()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
    }

    private string Finish()
    {
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
