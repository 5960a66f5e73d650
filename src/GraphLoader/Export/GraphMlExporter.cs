using System.Runtime.CompilerServices;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>graph.graphml</c> for Gephi, yEd, Cytoscape and networkx. Node ids are the graph
/// ids; list values (aliases, articles, evidence) are JSON arrays in string attributes, so
/// nothing is lost. <c>labels</c> (<c>:Entity:Method</c>) and the edge <c>label</c> follow
/// <c>apoc.import.graphml</c>'s conventions: APOC's reader takes a node's labels from its
/// <c>labels</c> XML attribute (or <c>&lt;data key="labels"&gt;</c>) and a relationship's type from the
/// edge's <c>label</c> XML attribute, so both are written as attributes too; <c>attr.list</c> on
/// the string-list keys makes APOC store them as lists. Other readers ignore these attributes.
/// The markup is written as UTF-8 directly, laid out as an indenting <c>XmlWriter</c> lays it
/// out (<see cref="XmlEscaper"/> escapes as it does), which is several times faster.
/// </summary>
public sealed class GraphMlExporter : IRecordExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    // Keys whose values are JSON arrays of strings (APOC reads them as lists).
    private static readonly HashSet<string> StringLists = ["aliases", "articles"];

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("labels", "node", "labels", "string"),
        ("label", "node", "label", "string"),
        ("name", "node", "name", "string"),
        ("aliases", "node", "aliases", "string"),
        ("mentions", "node", "mentions", "int"),
        ("articles", "node", "articles", "string"),
        ("title", "node", "title", "string"),
        ("category", "node", "category", "string"),
        ("source", "node", "source", "string"),
        ("line", "node", "line", "int"),
        ("truncated", "node", "truncated", "boolean"),
        ("pagerank", "node", "pagerank", "double"),
        ("betweenness", "node", "betweenness", "double"),
        ("community", "node", "community", "string"),
        ("lineage_depth", "node", "lineage_depth", "int"),
        ("elabel", "edge", "label", "string"),
        ("type", "edge", "type", "string"),
        ("count", "edge", "count", "int"),
        ("evidence", "edge", "evidence", "string"),
        ("confidence", "edge", "confidence", "double"),
    ];

    /// <inheritdoc />
    public string FileName => "graph.graphml";

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output) => Write(graph, output, RecordReuse.None);

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output, RecordReuse reuse)
    {
        var xml = new Utf8Output(output, Utf8Output.FileBufferSize);
        using var records = reuse.Open(xml);
        var json = new JsonStrings();
        var numbers = Numbers();
        var labels = EntityLabels();
        xml.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns=\""u8);
        xml.Write(Namespace);
        xml.Write("\">"u8);
        foreach (var (id, kind, name, type) in Keys)
        {
            xml.Write("\n  <key id=\""u8);
            xml.Write(id);
            xml.Write("\" for=\""u8);
            xml.Write(kind);
            xml.Write("\" attr.name=\""u8);
            xml.Write(name);
            xml.Write("\" attr.type=\""u8);
            xml.Write(type);
            xml.Write(StringLists.Contains(id) ? "\" attr.list=\"string\" />"u8 : "\" />"u8);
        }

        xml.Write("\n  <graph id=\"G\" edgedefault=\"directed\">"u8);
        for (var a = 0; a < graph.Articles.Count; a++)
        {
            if (records.TryCopy(RecordKind.Article, a))
            {
                continue;
            }

            records.Begin(RecordKind.Article, a);
            var article = graph.Articles[a];
            StartNode(xml, article.Id, ":" + SchemaNames.ArticleLabel, SchemaNames.ArticleLabel, article.Title);
            Data(xml, "aliases"u8, "[]"u8);
            Data(xml, "title"u8, article.Title);
            if (article.Category is { } category)
            {
                Data(xml, "category"u8, category);
            }

            Data(xml, "source"u8, article.Source);
            StartData(xml, "line"u8);
            xml.Write(article.Line);
            EndData(xml);
            Data(xml, "truncated"u8, article.IsTruncated ? "true"u8 : "false"u8);
            xml.Write("\n    </node>"u8);
            records.End();
        }

        var metrics = new MetricsIndex(graph);
        for (var i = 0; i < graph.Entities.Count; i++)
        {
            if (records.TryCopy(RecordKind.Entity, i))
            {
                continue;
            }

            if (!records.TryCopyHead(RecordKind.Entity, i))
            {
                records.Begin(RecordKind.Entity, i);
                EntityHead(xml, json, labels, graph.Entities[i]);
                records.EndHead();
            }

            EntityTail(xml, numbers, metrics.Of(i, graph.Entities[i].Id));
            records.End();
        }

        var edge = 0;
        for (var i = 0; i < graph.Mentions.Count; i++)
        {
            if (StartEdge(xml, records, edge++, RecordKind.Mention, i))
            {
                continue;
            }

            MentionEdge(xml, graph.Mentions[i]);
            records.End();
        }

        for (var i = 0; i < graph.Relations.Count; i++)
        {
            if (StartEdge(xml, records, edge++, RecordKind.Relation, i))
            {
                continue;
            }

            RelationEdge(xml, json, numbers, graph.Relations[i]);
            records.End();
        }

        xml.Write("\n  </graph>\n</graphml>"u8);
        xml.Flush();
    }

    /// <inheritdoc />
    public (byte[] Bytes, int HeadLength) EntityRecord(Entity entity, EntityMetrics? metrics)
    {
        var headLength = 0;
        var bytes = Record(xml =>
        {
            EntityHead(xml, new JsonStrings(), EntityLabels(), entity);
            headLength = checked((int)xml.Position);
            EntityTail(xml, Numbers(), metrics);
        });
        return (bytes, headLength);
    }

    /// <inheritdoc />
    public byte[] MentionRecord(ArticleMention mention) => Record(xml => MentionEdge(xml, mention));

    /// <inheritdoc />
    public byte[] RelationRecord(Relation relation) => Record(xml => RelationEdge(xml, new JsonStrings(), Numbers(), relation));

    /// <summary>The bytes one record's writer writes.</summary>
    private static byte[] Record(Action<Utf8Output> write)
    {
        using var buffer = new MemoryStream();
        var xml = new Utf8Output(buffer);
        write(xml);
        xml.Flush();
        return buffer.ToArray();
    }

    /// <summary>An entity's node element up to its metrics: its head (<see cref="RecordHead"/>).</summary>
    private static void EntityHead(Utf8Output xml, JsonStrings json, Dictionary<EntityType, (string Label, string NodeLabels)> labels, Entity entity)
    {
        var (label, nodeLabels) = labels[entity.Type];
        StartNode(xml, entity.Id, nodeLabels, label, entity.Name);
        Strings(xml, json, "aliases"u8, entity.Aliases);
        StartData(xml, "mentions"u8);
        xml.Write(entity.MentionCount);
        EndData(xml);
        Strings(xml, json, "articles"u8, entity.ArticleIds);
    }

    /// <summary>An entity's metrics when computed, and the end of its node element.</summary>
    private static void EntityTail(Utf8Output xml, EncodingCache<double> numbers, EntityMetrics? metrics)
    {
        if (metrics is not null)
        {
            StartData(xml, "pagerank"u8);
            xml.Write(numbers.Get(metrics.PageRank));
            EndData(xml);
            StartData(xml, "betweenness"u8);
            xml.Write(numbers.Get(metrics.Betweenness));
            EndData(xml);
            Data(xml, "community"u8, metrics.Community);
            StartData(xml, "lineage_depth"u8);
            xml.Write(metrics.LineageDepth);
            EndData(xml);
        }

        xml.Write("\n    </node>"u8);
    }

    /// <summary>A MENTIONS edge after its id: its ends, type and count, and the end of the element.</summary>
    private static void MentionEdge(Utf8Output xml, ArticleMention mention)
    {
        EdgeEnds(xml, mention.ArticleId, mention.EntityId, SchemaNames.Name(RelationType.Mentions));
        StartData(xml, "count"u8);
        xml.Write(mention.Count);
        EndData(xml);
        xml.Write("\n    </edge>"u8);
    }

    /// <summary>Real numbers as the writer formats them, each formatted once.</summary>
    private static EncodingCache<double> Numbers() => new((o, value) => o.Write(value, "R"), BitwiseDoubleComparer.Instance);

    /// <summary>A typed relationship's edge after its id: its ends, type, evidence and confidence, and the end of the element.</summary>
    private static void RelationEdge(Utf8Output xml, JsonStrings json, EncodingCache<double> numbers, Relation relation)
    {
        EdgeEnds(xml, relation.SourceId, relation.TargetId, SchemaNames.Name(relation.Type));
        Evidence(xml, json, relation.Evidence);
        StartData(xml, "confidence"u8);
        xml.Write(numbers.Get(Math.Round(relation.Confidence, 4)));
        EndData(xml);
        xml.Write("\n    </edge>"u8);
    }

    /// <summary>Each entity type's label and node labels (<c>:Entity:Method</c>), made once rather than per node.</summary>
    private static Dictionary<EntityType, (string Label, string NodeLabels)> EntityLabels() =>
        Enum.GetValues<EntityType>().ToDictionary(type => type, type => (SchemaNames.Label(type), $":{SchemaNames.EntityLabel}:{SchemaNames.Label(type)}"));

    /// <summary>
    /// The evidence as a compact JSON array of <c>{"article", "sentence", "cue"}</c> objects, escaped for
    /// XML: XML escaping goes character by character, so escaping the pieces equals escaping the whole.
    /// </summary>
    private static void Evidence(Utf8Output xml, JsonStrings json, EquatableArray<Evidence> evidence)
    {
        StartData(xml, "evidence"u8);
        xml.Write((byte)'[');
        var items = evidence.AsImmutableArray();
        for (var i = 0; i < items.Length; i++)
        {
            xml.Write(i == 0 ? "{\"article\":"u8 : ",{\"article\":"u8);
            json.WriteXmlText(xml, items[i].ArticleId);
            xml.Write(",\"sentence\":"u8);
            json.WriteXmlText(xml, items[i].Sentence);
            xml.Write(",\"cue\":"u8);
            json.WriteXmlText(xml, items[i].Cue);
            xml.Write((byte)'}');
        }

        xml.Write((byte)']');
        EndData(xml);
    }

    /// <summary>A data element holding a compact JSON array of strings, escaped for XML.</summary>
    private static void Strings(Utf8Output xml, JsonStrings json, ReadOnlySpan<byte> key, EquatableArray<string> values)
    {
        StartData(xml, key);
        xml.Write((byte)'[');
        var items = values.AsImmutableArray();
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                xml.Write((byte)',');
            }

            json.WriteXmlText(xml, items[i]);
        }

        xml.Write((byte)']');
        EndData(xml);
    }

    private static void StartNode(Utf8Output xml, string id, string labels, string label, string name)
    {
        xml.Write("\n    <node id=\""u8);
        XmlEscaper.WriteAttribute(xml, id);
        xml.Write("\" labels=\""u8);
        XmlEscaper.WriteAttribute(xml, labels);
        xml.Write("\">"u8);
        Data(xml, "labels"u8, labels);
        Data(xml, "label"u8, label);
        Data(xml, "name"u8, name);
    }

    /// <summary>
    /// Starts an edge element with its position's id (<c>e0</c>, <c>e1</c>, …). The rest of the edge is
    /// one record: copied from the last export when it has it, else begun for the caller to write.
    /// </summary>
    /// <returns>Whether the record was copied.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartEdge(Utf8Output xml, RecordCopier records, int index, RecordKind kind, int position)
    {
        xml.Write("\n    <edge id=\"e"u8);
        xml.Write(index);
        if (records.TryCopy(kind, position))
        {
            return true;
        }

        records.Begin(kind, position);
        return false;
    }

    private static void EdgeEnds(Utf8Output xml, string source, string target, string type)
    {
        xml.Write("\" source=\""u8);
        XmlEscaper.WriteAttribute(xml, source);
        xml.Write("\" target=\""u8);
        XmlEscaper.WriteAttribute(xml, target);
        xml.Write("\" label=\""u8);
        XmlEscaper.WriteAttribute(xml, type);
        xml.Write("\">"u8);
        Data(xml, "elabel"u8, type);
        Data(xml, "type"u8, type);
    }

    private static void StartData(Utf8Output xml, ReadOnlySpan<byte> key)
    {
        xml.Write("\n      <data key=\""u8);
        xml.Write(key);
        xml.Write("\">"u8);
    }

    private static void EndData(Utf8Output xml) => xml.Write("</data>"u8);

    /// <summary>A data element; empty text makes it self-closing, as <c>XmlWriter</c> writes it.</summary>
    private static void Data(Utf8Output xml, ReadOnlySpan<byte> key, string value)
    {
        if (value.Length == 0)
        {
            xml.Write("\n      <data key=\""u8);
            xml.Write(key);
            xml.Write("\" />"u8);
            return;
        }

        StartData(xml, key);
        XmlEscaper.WriteText(xml, value);
        EndData(xml);
    }

    /// <summary>A data element holding compact JSON (never empty).</summary>
    private static void Data(Utf8Output xml, ReadOnlySpan<byte> key, ReadOnlySpan<byte> json)
    {
        StartData(xml, key);
        XmlEscaper.WriteText(xml, json);
        EndData(xml);
    }
}
