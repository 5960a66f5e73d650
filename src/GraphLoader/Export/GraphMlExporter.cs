using System.Globalization;
using System.Text;
using System.Xml;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>graph.graphml</c> for Gephi, yEd, Cytoscape and networkx. Node ids are the graph
/// ids; list values (aliases, articles, evidence) are JSON arrays in string attributes, so
/// nothing is lost. <c>labels</c> (<c>:Entity:Method</c>) and the edge <c>label</c> follow
/// <c>apoc.import.graphml</c>'s conventions: APOC's reader takes a node's labels from its
/// <c>labels</c> XML attribute (or <c>&lt;data key="labels"&gt;</c>) and a relationship's type from the
/// edge's <c>label</c> XML attribute, so both are written as attributes too; <c>attr.list</c> on
/// the string-list keys makes APOC store them as lists. Other readers ignore these attributes.
/// </summary>
public sealed class GraphMlExporter : IGraphExporter
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
        ("community", "node", "community", "int"),
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
    public void Write(KnowledgeGraphData graph, Stream output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(output, settings);
        var json = new CompactJson();
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, kind, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", kind);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            if (StringLists.Contains(id))
            {
                xml.WriteAttributeString("attr.list", "string");
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var article in graph.Articles)
        {
            StartNode(xml, article.Id, ":" + SchemaNames.ArticleLabel, SchemaNames.ArticleLabel, article.Title);
            Data(xml, "aliases", "[]");
            Data(xml, "title", article.Title);
            if (article.Category is { } category)
            {
                Data(xml, "category", category);
            }

            Data(xml, "source", article.Source);
            Data(xml, "line", article.Line.ToString(CultureInfo.InvariantCulture));
            Data(xml, "truncated", article.IsTruncated ? "true" : "false");
            xml.WriteEndElement();
        }

        var metrics = graph.Metrics.ToDictionary(m => m.EntityId, StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            var label = SchemaNames.Label(entity.Type);
            StartNode(xml, entity.Id, $":{SchemaNames.EntityLabel}:{label}", label, entity.Name);
            Data(xml, "aliases", json.Strings(entity.Aliases));
            Data(xml, "mentions", entity.MentionCount.ToString(CultureInfo.InvariantCulture));
            Data(xml, "articles", json.Strings(entity.ArticleIds));
            if (metrics.TryGetValue(entity.Id, out var m))
            {
                Data(xml, "pagerank", m.PageRank.ToString("R", CultureInfo.InvariantCulture));
                Data(xml, "betweenness", m.Betweenness.ToString("R", CultureInfo.InvariantCulture));
                Data(xml, "community", m.Community.ToString(CultureInfo.InvariantCulture));
                Data(xml, "lineage_depth", m.LineageDepth.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        var edge = 0;
        foreach (var mention in graph.Mentions)
        {
            StartEdge(xml, edge++, mention.ArticleId, mention.EntityId, SchemaNames.Name(RelationType.Mentions));
            Data(xml, "count", mention.Count.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        foreach (var relation in graph.Relations)
        {
            StartEdge(xml, edge++, relation.SourceId, relation.TargetId, SchemaNames.Name(relation.Type));
            Data(xml, "evidence", json.Objects(relation.Evidence, EvidenceProperties));
            Data(xml, "confidence", Math.Round(relation.Confidence, 4).ToString("R", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static readonly (string, Func<Evidence, string>)[] EvidenceProperties =
    [
        ("article", e => e.ArticleId),
        ("sentence", e => e.Sentence),
        ("cue", e => e.Cue),
    ];

    private static void StartNode(XmlWriter xml, string id, string labels, string label, string name)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("labels", labels);
        Data(xml, "labels", labels);
        Data(xml, "label", label);
        Data(xml, "name", name);
    }

    private static void StartEdge(XmlWriter xml, int index, string source, string target, string type)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", "e" + index.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("source", source);
        xml.WriteAttributeString("target", target);
        xml.WriteAttributeString("label", type);
        Data(xml, "elabel", type);
        Data(xml, "type", type);
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
