using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>graph.json</c> (SCHEMA.md): <c>{"nodes": [...], "edges": [...]}</c>, articles then
/// entities by id (with their metrics, when computed), MENTIONS edges then typed edges, each sorted.
/// The bytes are those of a <see cref="Utf8JsonWriter"/> with <see cref="WriterOptions"/>
/// (readers and tests rely on them), written by <see cref="IndentedJsonWriter"/>, which is several
/// times faster.
/// </summary>
public sealed class JsonExporter : IRecordExporter
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public string FileName => "graph.json";

    /// <summary>The containers open around a record's object: the root object and the <c>nodes</c> or <c>edges</c> array.</summary>
    private const int RecordDepth = 2;

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output) => Write(graph, output, RecordReuse.None);

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output, RecordReuse reuse)
    {
        var bytes = new Utf8Output(output, Utf8Output.FileBufferSize);
        using var records = reuse.Open(bytes);
        var json = new IndentedJsonWriter(bytes);
        json.WriteStartObject();
        json.WriteStartArray("nodes"u8);
        for (var a = 0; a < graph.Articles.Count; a++)
        {
            if (StartRecord(json, records, RecordKind.Article, a))
            {
                continue;
            }

            var article = graph.Articles[a];
            json.WriteString("id"u8, article.Id);
            json.WriteString("label"u8, SchemaNames.ArticleLabel);
            json.WriteString("name"u8, article.Title);
            json.WriteStartArray("aliases"u8);
            json.WriteEndArray();
            json.WriteString("title"u8, article.Title);
            json.WriteString("category"u8, article.Category);
            json.WriteString("source"u8, article.Source);
            json.WriteNumber("line"u8, article.Line);
            json.WriteBoolean("truncated"u8, article.IsTruncated);
            json.WriteEndObject();
            records.End();
        }

        var numbers = Numbers();
        var metrics = new MetricsIndex(graph);
        for (var i = 0; i < graph.Entities.Count; i++)
        {
            json.StartItem();
            if (records.TryCopy(RecordKind.Entity, i))
            {
                continue;
            }

            if (records.TryCopyHead(RecordKind.Entity, i))
            {
                json.ContinueObject();
            }
            else
            {
                records.Begin(RecordKind.Entity, i);
                json.OpenObject();
                EntityHead(json, graph.Entities[i]);
                records.EndHead();
            }

            EntityTail(json, metrics.Of(i, graph.Entities[i].Id), numbers);
            records.End();
        }

        json.WriteEndArray();
        json.WriteStartArray("edges"u8);
        for (var i = 0; i < graph.Mentions.Count; i++)
        {
            if (StartRecord(json, records, RecordKind.Mention, i))
            {
                continue;
            }

            MentionFields(json, graph.Mentions[i]);
            records.End();
        }

        for (var i = 0; i < graph.Relations.Count; i++)
        {
            if (StartRecord(json, records, RecordKind.Relation, i))
            {
                continue;
            }

            RelationFields(json, graph.Relations[i], numbers);
            records.End();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        bytes.Flush();
    }

    /// <inheritdoc />
    public (byte[] Bytes, int HeadLength) EntityRecord(Entity entity, EntityMetrics? metrics)
    {
        var headLength = 0;
        var bytes = Record((json, output) =>
        {
            EntityHead(json, entity);
            headLength = checked((int)output.Position);
            EntityTail(json, metrics, Numbers());
        });
        return (bytes, headLength);
    }

    /// <inheritdoc />
    public byte[] MentionRecord(ArticleMention mention) => Record((json, _) => MentionFields(json, mention));

    /// <inheritdoc />
    public byte[] RelationRecord(Relation relation) => Record((json, _) => RelationFields(json, relation, Numbers()));

    /// <summary>Rounded metrics and confidences take few distinct values: each is formatted once.</summary>
    private static EncodingCache<double> Numbers() => new(WriteNumberText, BitwiseDoubleComparer.Instance);

    /// <summary>The bytes of one record's object, as written inside the <c>nodes</c> or <c>edges</c> array.</summary>
    /// <param name="writeFields">Writes the fields and the end of the object; the output's position is that in the record.</param>
    private static byte[] Record(Action<IndentedJsonWriter, Utf8Output> writeFields)
    {
        using var buffer = new MemoryStream();
        var bytes = new Utf8Output(buffer);
        var json = new IndentedJsonWriter(bytes, RecordDepth);
        json.OpenObject();
        writeFields(json, bytes);
        bytes.Flush();
        return buffer.ToArray();
    }

    /// <summary>An entity node's fields before its metrics: its head (<see cref="RecordHead"/>).</summary>
    private static void EntityHead(IndentedJsonWriter json, Entity entity)
    {
        json.WriteString("id"u8, entity.Id);
        json.WriteString("label"u8, SchemaNames.Label(entity.Type));
        json.WriteString("name"u8, entity.Name);
        WriteStrings(json, "aliases"u8, entity.Aliases);
        json.WriteNumber("mentions"u8, entity.MentionCount);
        WriteStrings(json, "articles"u8, entity.ArticleIds);
    }

    /// <summary>An entity node's metrics when computed, and the end of its object.</summary>
    private static void EntityTail(IndentedJsonWriter json, EntityMetrics? metrics, EncodingCache<double> numbers)
    {
        if (metrics is not null)
        {
            json.WriteRawNumber("pagerank"u8, numbers.Get(metrics.PageRank));
            json.WriteRawNumber("betweenness"u8, numbers.Get(metrics.Betweenness));
            json.WriteString("community"u8, metrics.Community);
            json.WriteNumber("lineage_depth"u8, metrics.LineageDepth);
        }

        json.WriteEndObject();
    }

    /// <summary>A MENTIONS edge's fields, and the end of its object.</summary>
    private static void MentionFields(IndentedJsonWriter json, ArticleMention mention)
    {
        json.WriteString("source"u8, mention.ArticleId);
        json.WriteString("target"u8, mention.EntityId);
        json.WriteString("type"u8, SchemaNames.Name(RelationType.Mentions));
        json.WriteNumber("count"u8, mention.Count);
        json.WriteEndObject();
    }

    /// <summary>A typed relationship's fields, and the end of its object.</summary>
    private static void RelationFields(IndentedJsonWriter json, Relation relation, EncodingCache<double> numbers)
    {
        json.WriteString("source"u8, relation.SourceId);
        json.WriteString("target"u8, relation.TargetId);
        json.WriteString("type"u8, SchemaNames.Name(relation.Type));
        json.WriteStartArray("evidence"u8);
        foreach (var evidence in relation.Evidence.AsImmutableArray())
        {
            json.WriteStartObject();
            json.WriteString("article"u8, evidence.ArticleId);
            json.WriteString("sentence"u8, evidence.Sentence);
            json.WriteString("cue"u8, evidence.Cue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteRawNumber("confidence"u8, numbers.Get(Math.Round(relation.Confidence, 4)));
        json.WriteEndObject();
    }

    /// <summary>
    /// Starts an array item that is one record: its bytes are copied from the last export when it has
    /// them, else the record's object is opened for the caller to write (and end with <see cref="RecordCopier.End"/>).
    /// </summary>
    /// <returns>Whether the record was copied.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartRecord(IndentedJsonWriter json, RecordCopier records, RecordKind kind, int position)
    {
        json.StartItem();
        if (records.TryCopy(kind, position))
        {
            return true;
        }

        records.Begin(kind, position);
        json.OpenObject();
        return false;
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

    private static void WriteStrings(IndentedJsonWriter json, ReadOnlySpan<byte> name, EquatableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values.AsImmutableArray())
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
