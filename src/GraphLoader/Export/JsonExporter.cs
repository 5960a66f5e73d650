using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>graph.json</c> (SCHEMA.md): <c>{"nodes": [...], "edges": [...]}</c>, articles then
/// entities by id, MENTIONS edges then typed edges, each sorted.
/// </summary>
public sealed class JsonExporter : IGraphExporter
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int FlushThreshold = 1 << 16;

    /// <inheritdoc />
    public string FileName => "graph.json";

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var article in graph.Articles)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("label", SchemaNames.ArticleLabel);
            json.WriteString("name", article.Title);
            json.WriteStartArray("aliases");
            json.WriteEndArray();
            json.WriteString("title", article.Title);
            json.WriteString("category", article.Category);
            json.WriteString("source", article.Source);
            json.WriteNumber("line", article.Line);
            json.WriteBoolean("truncated", article.IsTruncated);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        foreach (var entity in graph.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("label", SchemaNames.Label(entity.Type));
            json.WriteString("name", entity.Name);
            WriteStrings(json, "aliases", entity.Aliases);
            json.WriteNumber("mentions", entity.MentionCount);
            WriteStrings(json, "articles", entity.ArticleIds);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var mention in graph.Mentions)
        {
            json.WriteStartObject();
            json.WriteString("source", mention.ArticleId);
            json.WriteString("target", mention.EntityId);
            json.WriteString("type", SchemaNames.Name(RelationType.Mentions));
            json.WriteNumber("count", mention.Count);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        foreach (var relation in graph.Relations)
        {
            json.WriteStartObject();
            json.WriteString("source", relation.SourceId);
            json.WriteString("target", relation.TargetId);
            json.WriteString("type", SchemaNames.Name(relation.Type));
            json.WriteStartArray("evidence");
            foreach (var evidence in relation.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("article", evidence.ArticleId);
                json.WriteString("sentence", evidence.Sentence);
                json.WriteString("cue", evidence.Cue);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("confidence", Math.Round(relation.Confidence, 4));
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The writer buffers everything until flushed: flush often so memory stays flat whatever the graph's size.</summary>
    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushThreshold)
        {
            json.Flush();
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
