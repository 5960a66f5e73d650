using System.Globalization;
using System.Text;
using System.Xml;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>graph.graphml</c> for Gephi, yEd, Cytoscape and networkx. Node ids are the graph
/// ids; list values (aliases, articles, evidence) are JSON arrays in string attributes, so
/// nothing is lost. <c>labels</c> (<c>:Entity:Method</c>) and the edge <c>label</c> follow
/// <c>apoc.import.graphml</c>'s conventions.
/// </summary>
public sealed class GraphMlExporter : IGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

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

        foreach (var entity in graph.Entities)
        {
            var label = SchemaNames.Label(entity.Type);
            StartNode(xml, entity.Id, $":{SchemaNames.EntityLabel}:{label}", label, entity.Name);
            Data(xml, "aliases", json.Strings(entity.Aliases));
            Data(xml, "mentions", entity.MentionCount.ToString(CultureInfo.InvariantCulture));
            Data(xml, "articles", json.Strings(entity.ArticleIds));
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
