using System.Runtime.InteropServices;
using System.Text.Json;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export.Snapshots;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Turns the node and edge objects of <c>graph.json</c>, one at a time, into graph data. Strings
/// are pooled; a relation's evidence is either read or, when deferred, only located in the file
/// (offset and length of its array) so it can be read when asked. Given a snapshot writer, it
/// also writes there what it reads, its strings as pool indexes.
/// </summary>
/// <param name="deferEvidence">Whether to leave evidence in the file.</param>
/// <param name="snapshot">Where to write what is read too, or null.</param>
internal sealed class GraphJsonParser(bool deferEvidence, SnapshotWriter? snapshot = null)
{
    private const int None = -1;

    private readonly StringPool _pool = new();
    private readonly Dictionary<string, EntityType?> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationType?> _types = new(StringComparer.Ordinal);
    private readonly List<int> _aliases = [];
    private readonly List<int> _articles = [];

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

    /// <summary>The distinct strings read, by the index the snapshot gives them.</summary>
    public IReadOnlyList<string> PooledStrings => _pool.Strings;

    /// <summary>The file offset of the element being parsed, for error messages.</summary>
    public long ElementOffset { get; private set; }

    /// <summary>Parses a node object.</summary>
    /// <param name="reader">A reader on the object's start.</param>
    /// <param name="spanOffset">The file offset of the reader's first byte.</param>
    /// <exception cref="FormatException">A field is missing or of the wrong kind.</exception>
    public void Node(ref Utf8JsonReader reader, long spanOffset)
    {
        ElementOffset = spanOffset + reader.TokenStartIndex;
        int id = None, label = None, name = None, title = None, category = None, source = None;
        int line = 0, mentions = 0;
        var truncated = false;
        var aliases = EquatableArray<string>.Empty;
        var articles = EquatableArray<string>.Empty;
        _aliases.Clear();
        _articles.Clear();
        double? pageRank = null, betweenness = null;
        var community = None;
        int? depth = null;
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
                aliases = Strings(ref reader, _aliases);
            }
            else if (reader.ValueTextEquals("mentions"u8))
            {
                mentions = Int(ref reader);
            }
            else if (reader.ValueTextEquals("articles"u8))
            {
                articles = Strings(ref reader, _articles);
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
                community = CommunityLabel(ref reader);
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

        var idText = Text(id) ?? throw Missing("a node", "id");
        var labelText = Text(label) ?? throw Missing($"node {idText}", "label");
        if (labelText == SchemaNames.ArticleLabel)
        {
            Articles.Add(new Article(idText, Text(title) ?? throw Missing($"node {idText}", "title"), Text(category), Text(source) ?? throw Missing($"node {idText}", "source"), line, string.Empty, truncated));
            if (snapshot?.Articles is { } articleSection)
            {
                articleSection.Int(id);
                articleSection.Int(title);
                articleSection.Int(category);
                articleSection.Int(source);
                articleSection.Int(line);
                articleSection.Bool(truncated);
                articleSection.EndRecord();
            }

            return;
        }

        if (!_labels.TryGetValue(labelText, out var type))
        {
            _labels[labelText] = type = SchemaNames.TryParseEntityType(labelText, out var parsed) ? parsed : null;
        }

        if (type is not { } entityType)
        {
            throw new FormatException($"node {idText} has unknown label {labelText}");
        }

        Entities.Add(new Entity(idText, entityType, Text(name) ?? throw Missing($"node {idText}", "name"), aliases, mentions, articles));
        if (snapshot?.Entities is { } entitySection)
        {
            entitySection.Int(id);
            entitySection.Enum(entityType);
            entitySection.Int(name);
            entitySection.Indexes(_aliases);
            entitySection.Int(mentions);
            entitySection.Indexes(_articles);
            entitySection.EndRecord();
        }

        if (pageRank is { } rank)
        {
            var metrics = new EntityMetrics(
                idText,
                rank,
                betweenness ?? throw Missing($"node {idText}", "betweenness"),
                Text(community) ?? throw Missing($"node {idText}", "community"),
                depth ?? throw Missing($"node {idText}", "lineage_depth"));
            Metrics.Add(metrics);
            if (snapshot?.Metrics is { } metricsSection)
            {
                metricsSection.Int(id);
                metricsSection.Double(metrics.PageRank);
                metricsSection.Double(metrics.Betweenness);
                metricsSection.Int(community);
                metricsSection.Int(metrics.LineageDepth);
                metricsSection.EndRecord();
            }
        }
    }

    /// <summary>Parses an edge object.</summary>
    /// <param name="reader">A reader on the object's start.</param>
    /// <param name="spanOffset">The file offset of the reader's first byte.</param>
    /// <exception cref="FormatException">A field is missing or of the wrong kind.</exception>
    public void Edge(ref Utf8JsonReader reader, long spanOffset)
    {
        ElementOffset = spanOffset + reader.TokenStartIndex;
        int source = None, target = None, typeName = None;
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

        var sourceText = Text(source) ?? throw Missing("an edge", "source");
        var targetText = Text(target) ?? throw Missing($"edge {sourceText}", "target");
        var typeText = Text(typeName) ?? throw Missing($"edge {sourceText} -> {targetText}", "type");
        if (!_types.TryGetValue(typeText, out var type))
        {
            _types[typeText] = type = SchemaNames.TryParseRelation(typeText, out var parsed) ? parsed : null;
        }

        if (type is not { } relationType)
        {
            throw new FormatException($"edge {sourceText} -> {targetText} has unknown type {typeText}");
        }

        if (relationType == RelationType.Mentions)
        {
            Mentions.Add(new ArticleMention(sourceText, targetText, count ?? 1));
            if (snapshot?.Mentions is { } mentionSection)
            {
                mentionSection.Int(source);
                mentionSection.Int(target);
                mentionSection.Int(count ?? 1);
                mentionSection.EndRecord();
            }

            return;
        }

        var relation = new Relation(sourceText, relationType, targetText, evidence, confidence ?? throw Missing($"edge {sourceText} -[{typeText}]-> {targetText}", "confidence"));
        if (deferEvidence)
        {
            EvidenceSpans.Add(span ?? throw Missing($"edge {sourceText} -[{typeText}]-> {targetText}", "evidence"));
        }

        Relations.Add(relation);
        if (snapshot?.Relations is { } relationSection)
        {
            var located = span ?? throw new InvalidOperationException("a snapshot is taken with the evidence left in the file");
            relationSection.Int(source);
            relationSection.Enum(relationType);
            relationSection.Int(target);
            relationSection.Double(relation.Confidence);
            relationSection.Long(located.Offset);
            relationSection.Int(located.Length);
            relationSection.EndRecord();
        }
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

    /// <summary>The pooled string of an index, or null for <see cref="None"/>.</summary>
    private string? Text(int index) => index == None ? null : _pool.Strings[index];

    private int String(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        return _pool.Index(ref reader);
    }

    /// <summary>A community label; a number is what digest wrote before communities were named, and is refused so the graph is built again.</summary>
    private int CommunityLabel(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        return reader.TokenType == JsonTokenType.Number
            ? throw new FormatException("community is a number, as an older digest wrote it (communities are now named by their leading member); build the graph again")
            : _pool.Index(ref reader);
    }

    private int NullableString(ref Utf8JsonReader reader)
    {
        JsonArrayStream.Step(ref reader);
        return reader.TokenType == JsonTokenType.Null ? None : _pool.Index(ref reader);
    }

    /// <summary>A list of strings, whose pool indexes are left in <paramref name="indexes"/>.</summary>
    private EquatableArray<string> Strings(ref Utf8JsonReader reader, List<int> indexes)
    {
        JsonArrayStream.Step(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException($"expected a list of strings, found {reader.TokenType}");
        }

        indexes.Clear();
        for (JsonArrayStream.Step(ref reader); reader.TokenType != JsonTokenType.EndArray; JsonArrayStream.Step(ref reader))
        {
            indexes.Add(_pool.Index(ref reader));
        }

        if (indexes.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var items = new string[indexes.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _pool.Strings[indexes[i]];
        }

        return new EquatableArray<string>(ImmutableCollectionsMarshal.AsImmutableArray(items));
    }
}
