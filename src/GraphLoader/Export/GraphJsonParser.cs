using System.Text.Json;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Turns the node and edge objects of <c>graph.json</c>, one at a time, into graph data. Strings
/// are pooled; a relation's evidence is either read or, when deferred, only located in the file
/// (offset and length of its array) so it can be read when asked.
/// </summary>
/// <param name="deferEvidence">Whether to leave evidence in the file.</param>
internal sealed class GraphJsonParser(bool deferEvidence)
{
    private readonly StringPool _pool = new();
    private readonly Dictionary<string, EntityType?> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationType?> _types = new(StringComparer.Ordinal);

    /// <summary>The articles read so far.</summary>
    public List<Article> Articles { get; } = [];

    /// <summary>The entities read so far.</summary>
    public List<Entity> Entities { get; } = [];

    /// <summary>The stored metrics read so far.</summary>
    public List<EntityMetrics> Metrics { get; } = [];

    /// <summary>The typed relations read so far (without evidence when deferred).</summary>
    public List<Relation> Relations { get; } = [];

    /// <summary>The MENTIONS edges read so far.</summary>
    public List<ArticleMention> Mentions { get; } = [];

    /// <summary>Where each relation's evidence array lies in the file, when deferred.</summary>
    public List<(long Offset, int Length)> EvidenceSpans { get; } = [];

    /// <summary>The file offset of the element being parsed, for error messages.</summary>
    public long ElementOffset { get; private set; }

    /// <summary>Parses a node object.</summary>
    /// <param name="reader">A reader on the object's start.</param>
    /// <param name="spanOffset">The file offset of the reader's first byte.</param>
    /// <exception cref="FormatException">A field is missing or of the wrong kind.</exception>
    public void Node(ref Utf8JsonReader reader, long spanOffset)
    {
        ElementOffset = spanOffset + reader.TokenStartIndex;
        string? id = null, label = null, name = null, title = null, category = null, source = null;
        int line = 0, mentions = 0;
        var truncated = false;
        var aliases = EquatableArray<string>.Empty;
        var articles = EquatableArray<string>.Empty;
        double? pageRank = null, betweenness = null;
        int? community = null, depth = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = String(ref reader);
            }
            else if (reader.ValueTextEquals("label"u8))
            {
                label = String(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = String(ref reader);
            }
            else if (reader.ValueTextEquals("aliases"u8))
            {
                aliases = Strings(ref reader);
            }
            else if (reader.ValueTextEquals("mentions"u8))
            {
                mentions = Int(ref reader);
            }
            else if (reader.ValueTextEquals("articles"u8))
            {
                articles = Strings(ref reader);
            }
            else if (reader.ValueTextEquals("pagerank"u8))
            {
                pageRank = Double(ref reader);
            }
            else if (reader.ValueTextEquals("betweenness"u8))
            {
                betweenness = Double(ref reader);
            }
            else if (reader.ValueTextEquals("community"u8))
            {
                community = Int(ref reader);
            }
            else if (reader.ValueTextEquals("lineage_depth"u8))
            {
                depth = Int(ref reader);
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                title = String(ref reader);
            }
            else if (reader.ValueTextEquals("category"u8))
            {
                category = NullableString(ref reader);
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                source = String(ref reader);
            }
            else if (reader.ValueTextEquals("line"u8))
            {
                line = Int(ref reader);
            }
            else if (reader.ValueTextEquals("truncated"u8))
            {
                JsonArrayStream.Step(ref reader);
                truncated = reader.GetBoolean();
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        id = id ?? throw Missing("a node", "id");
        label = label ?? throw Missing($"node {id}", "label");
        if (label == SchemaNames.ArticleLabel)
        {
            Articles.Add(new Article(id, title ?? throw Missing($"node {id}", "title"), category, source ?? throw Missing($"node {id}", "source"), line, string.Empty, truncated));
            return;
        }

        if (!_labels.TryGetValue(label, out var type))
        {
            _labels[label] = type = SchemaNames.TryParseEntityType(label, out var parsed) ? parsed : null;
        }

        if (type is not { } entityType)
        {
            throw new FormatException($"node {id} has unknown label {label}");
        }

        Entities.Add(new Entity(id, entityType, name ?? throw Missing($"node {id}", "name"), aliases, mentions, articles));
        if (pageRank is { } rank)
        {
            Metrics.Add(new EntityMetrics(
                id,
                rank,
                betweenness ?? throw Missing($"node {id}", "betweenness"),
                community ?? throw Missing($"node {id}", "community"),
                depth ?? throw Missing($"node {id}", "lineage_depth")));
        }
    }

    /// <summary>Parses an edge object.</summary>
    /// <param name="reader">A reader on the object's start.</param>
    /// <param name="spanOffset">The file offset of the reader's first byte.</param>
    /// <exception cref="FormatException">A field is missing or of the wrong kind.</exception>
    public void Edge(ref Utf8JsonReader reader, long spanOffset)
    {
        ElementOffset = spanOffset + reader.TokenStartIndex;
        string? source = null, target = null, typeName = null;
        int? count = null;
        double? confidence = null;
        var evidence = EquatableArray<Evidence>.Empty;
        (long Offset, int Length)? span = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("source"u8))
            {
                source = String(ref reader);
            }
            else if (reader.ValueTextEquals("target"u8))
            {
                target = String(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                typeName = String(ref reader);
            }
            else if (reader.ValueTextEquals("count"u8))
            {
                count = Int(ref reader);
            }
            else if (reader.ValueTextEquals("confidence"u8))
            {
                confidence = Double(ref reader);
            }
            else if (reader.ValueTextEquals("evidence"u8))
            {
                JsonArrayStream.Step(ref reader);
                if (deferEvidence)
                {
                    var start = reader.TokenStartIndex;
                    JsonArrayStream.SkipValue(ref reader);
                    span = (spanOffset + start, (int)(reader.BytesConsumed - start));
                }
                else
                {
                    evidence = EvidenceJson.Read(ref reader, _pool);
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        source = source ?? throw Missing("an edge", "source");
        target = target ?? throw Missing($"edge {source}", "target");
        typeName = typeName ?? throw Missing($"edge {source} -> {target}", "type");
        if (!_types.TryGetValue(typeName, out var type))
        {
            _types[typeName] = type = SchemaNames.TryParseRelation(typeName, out var parsed) ? parsed : null;
        }

        if (type is not { } relationType)
        {
            throw new FormatException($"edge {source} -> {target} has unknown type {typeName}");
        }

        if (relationType == RelationType.Mentions)
        {
            Mentions.Add(new ArticleMention(source, target, count ?? 1));
            return;
        }

        if (deferEvidence)
        {
            EvidenceSpans.Add(span ?? throw Missing($"edge {source} -[{typeName}]-> {target}", "evidence"));
        }

        Relations.Add(new Relation(source, relationType, target, evidence, confidence ?? throw Missing($"edge {source} -[{typeName}]-> {target}", "confidence")));
    }

    /// <summary>Moves to the next property name of the object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        JsonArrayStream.SkipValue(ref reader);
    }

    private static int Int(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        return reader.GetInt32();
    }

    private static double Double(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        return reader.GetDouble();
    }

    private static FormatException Missing(string where, string field) => new($"{where} has no {field}");

    private string String(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        return _pool.Get(ref reader);
    }

    private string? NullableString(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : _pool.Get(ref reader);
    }

    private EquatableArray<string> Strings(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException($"expected a list of strings, found {reader.TokenType}");
        }

        List<string>? items = null;
        for (JsonArrayStream.Step(ref reader); reader.TokenType != JsonTokenType.EndArray; JsonArrayStream.Step(ref reader))
        {
            (items ??= []).Add(_pool.Get(ref reader));
        }

        return items is null ? EquatableArray<string>.Empty : EquatableArray<string>.From(items);
    }
}
