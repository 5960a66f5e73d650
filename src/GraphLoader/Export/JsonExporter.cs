using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>graph.json</c> (SCHEMA.md): <c>{"nodes": [...], "edges": [...]}</c>, articles then
/// entities by id (with their metrics, when computed), MENTIONS edges then typed edges, each sorted.
/// </summary>
public sealed class JsonExporter : IGraphExporter
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int FlushThreshold = 1 << 16;

    // Property names encoded once, not escaped again for every node and edge.
    private static readonly JsonEncodedText AliasesName = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText ArticleName = JsonEncodedText.Encode("article");
    private static readonly JsonEncodedText ArticlesName = JsonEncodedText.Encode("articles");
    private static readonly JsonEncodedText BetweennessName = JsonEncodedText.Encode("betweenness");
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText CommunityName = JsonEncodedText.Encode("community");
    private static readonly JsonEncodedText ConfidenceName = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText CountName = JsonEncodedText.Encode("count");
    private static readonly JsonEncodedText CueName = JsonEncodedText.Encode("cue");
    private static readonly JsonEncodedText EdgesName = JsonEncodedText.Encode("edges");
    private static readonly JsonEncodedText EvidenceName = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText LineageDepthName = JsonEncodedText.Encode("lineage_depth");
    private static readonly JsonEncodedText MentionsName = JsonEncodedText.Encode("mentions");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText NodesName = JsonEncodedText.Encode("nodes");
    private static readonly JsonEncodedText PagerankName = JsonEncodedText.Encode("pagerank");
    private static readonly JsonEncodedText SentenceName = JsonEncodedText.Encode("sentence");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText TargetName = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText TruncatedName = JsonEncodedText.Encode("truncated");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");

    /// <inheritdoc />
    public string FileName => "graph.json";

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray(NodesName);
        foreach (var article in graph.Articles)
        {
            json.WriteStartObject();
            json.WriteString(IdName, article.Id);
            json.WriteString(LabelName, SchemaNames.ArticleLabel);
            json.WriteString(NameName, article.Title);
            json.WriteStartArray(AliasesName);
            json.WriteEndArray();
            json.WriteString(TitleName, article.Title);
            json.WriteString(CategoryName, article.Category);
            json.WriteString(SourceName, article.Source);
            json.WriteNumber(LineName, article.Line);
            json.WriteBoolean(TruncatedName, article.IsTruncated);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        // Rounded metrics and confidences take few distinct values: format each once.
        var numbers = new EncodingCache<double>(WriteNumberText, BitwiseDoubleComparer.Instance);
        var metrics = new MetricsIndex(graph);
        for (var i = 0; i < graph.Entities.Count; i++)
        {
            var entity = graph.Entities[i];
            json.WriteStartObject();
            json.WriteString(IdName, entity.Id);
            json.WriteString(LabelName, SchemaNames.Label(entity.Type));
            json.WriteString(NameName, entity.Name);
            WriteStrings(json, AliasesName, entity.Aliases);
            json.WriteNumber(MentionsName, entity.MentionCount);
            WriteStrings(json, ArticlesName, entity.ArticleIds);
            if (metrics.Of(i, entity.Id) is { } m)
            {
                WriteNumber(json, PagerankName, numbers.Get(m.PageRank));
                WriteNumber(json, BetweennessName, numbers.Get(m.Betweenness));
                json.WriteNumber(CommunityName, m.Community);
                json.WriteNumber(LineageDepthName, m.LineageDepth);
            }

            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray(EdgesName);
        foreach (var mention in graph.Mentions)
        {
            json.WriteStartObject();
            json.WriteString(SourceName, mention.ArticleId);
            json.WriteString(TargetName, mention.EntityId);
            json.WriteString(TypeName, SchemaNames.Name(RelationType.Mentions));
            json.WriteNumber(CountName, mention.Count);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        // A sentence often backs several relations (one per author of a paper): escape it once.
        var texts = new Dictionary<string, JsonEncodedText>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            json.WriteStartObject();
            json.WriteString(SourceName, relation.SourceId);
            json.WriteString(TargetName, relation.TargetId);
            json.WriteString(TypeName, SchemaNames.Name(relation.Type));
            json.WriteStartArray(EvidenceName);
            foreach (var evidence in relation.Evidence.AsImmutableArray())
            {
                json.WriteStartObject();
                json.WriteString(ArticleName, evidence.ArticleId);
                json.WriteString(SentenceName, Encoded(texts, evidence.Sentence));
                json.WriteString(CueName, Encoded(texts, evidence.Cue));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteNumber(json, ConfidenceName, numbers.Get(Math.Round(relation.Confidence, 4)));
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

    /// <summary>A number property from its formatted bytes (raw values skip the writer's own formatting, not its layout).</summary>
    private static void WriteNumber(Utf8JsonWriter json, JsonEncodedText name, byte[] number)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(number, skipInputValidation: true);
    }

    /// <summary>A number as the writer formats it.</summary>
    private static void WriteNumberText(Utf8Output output, double value)
    {
        var buffer = new ArrayBufferWriter<byte>(32);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteNumberValue(value);
        }

        output.Write(buffer.WrittenSpan);
    }

    private static JsonEncodedText Encoded(Dictionary<string, JsonEncodedText> texts, string value)
    {
        if (!texts.TryGetValue(value, out var encoded))
        {
            encoded = JsonEncodedText.Encode(value, WriterOptions.Encoder);
            texts.Add(value, encoded);
        }

        return encoded;
    }

    private static void WriteStrings(Utf8JsonWriter json, JsonEncodedText name, EquatableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values.AsImmutableArray())
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
