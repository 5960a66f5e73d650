using System.Text.Json;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class JsonExporterTests
{
    [Fact]
    public void Should_Write_The_Bytes_Utf8JsonWriter_Writes_For_The_Same_Document_From_The_Shared_Sample()
    {
        using var written = new MemoryStream();
        new JsonExporter().Write(SampleGraphs.Full, written);

        // Re-serialising the parsed document with the exports' writer options gives Utf8JsonWriter's layout and escaping.
        using var document = JsonDocument.Parse(written.ToArray());
        using var expected = new MemoryStream();
        using (var json = new Utf8JsonWriter(expected, JsonExporter.WriterOptions))
        {
            document.WriteTo(json);
        }

        Assert.Contains("\"evidence\": [", System.Text.Encoding.UTF8.GetString(written.ToArray()), StringComparison.Ordinal);
        Assert.Equal(expected.ToArray(), written.ToArray());
    }
}
