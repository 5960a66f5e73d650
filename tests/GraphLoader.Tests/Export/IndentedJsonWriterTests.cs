using System.Buffers;
using System.Text.Json;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class IndentedJsonWriterTests
{
    [Fact]
    public void Should_Lay_Out_Nested_Objects_Arrays_And_Values_As_The_Exports_Utf8JsonWriter_Does()
    {
        var expected = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(expected, JsonExporter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("nodes");
            json.WriteStartObject();
            json.WriteString("id", "method:lora");
            json.WriteString("category", (string?)null);
            json.WriteStartArray("aliases");
            json.WriteEndArray();
            json.WriteStartArray("articles");
            json.WriteStringValue("article:a");
            json.WriteStringValue("article:b");
            json.WriteEndArray();
            json.WriteNumber("mentions", -12);
            json.WritePropertyName("pagerank");
            json.WriteRawValue("4E-06", skipInputValidation: true);
            json.WriteBoolean("truncated", false);
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("edges");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        using var actual = new MemoryStream();
        var output = new Utf8Output(actual);
        var writer = new IndentedJsonWriter(output);
        writer.WriteStartObject();
        writer.WriteStartArray("nodes"u8);
        writer.WriteStartObject();
        writer.WriteString("id"u8, "method:lora");
        writer.WriteString("category"u8, null);
        writer.WriteStartArray("aliases"u8);
        writer.WriteEndArray();
        writer.WriteStartArray("articles"u8);
        writer.WriteStringValue("article:a");
        writer.WriteStringValue("article:b");
        writer.WriteEndArray();
        writer.WriteNumber("mentions"u8, -12);
        writer.WriteRawNumber("pagerank"u8, "4E-06"u8);
        writer.WriteBoolean("truncated"u8, false);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("edges"u8);
        writer.WriteEndArray();
        writer.WriteEndObject();
        output.Flush();

        Assert.Equal(expected.WrittenSpan.ToArray(), actual.ToArray());
    }
}
