using System.Text.Json;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.GraphLoader.Export;

/// <summary>Reads a <c>graph.json</c> written by <see cref="JsonExporter"/> back into graph data (article bodies are not stored, so they come back empty).</summary>
public static class GraphJsonReader
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">The <c>graph.json</c> path.</param>
    /// <exception cref="DigestInputException">The file is missing or not a Digest graph.</exception>
    public static KnowledgeGraphData Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DigestInputException(path, null, "no such graph file (run `digest build` first)");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new DigestInputException(path, null, "not a Digest graph.json: " + e.Message);
        }
    }

    private static KnowledgeGraphData Parse(JsonElement root)
    {
        var articles = new List<Article>();
        var entities = new List<Entity>();
        var metrics = new List<EntityMetrics>();
        foreach (var node in root.GetProperty("nodes").EnumerateArray())
        {
            var id = node.GetProperty("id").GetString()!;
            var label = node.GetProperty("label").GetString()!;
            if (label == SchemaNames.ArticleLabel)
            {
                articles.Add(new Article(
                    id,
                    node.GetProperty("title").GetString()!,
                    node.TryGetProperty("category", out var c) ? c.GetString() : null,
                    node.GetProperty("source").GetString()!,
                    node.TryGetProperty("line", out var l) ? l.GetInt32() : 0,
                    string.Empty,
                    node.TryGetProperty("truncated", out var t) && t.GetBoolean()));
            }
            else if (SchemaNames.TryParseEntityType(label, out var type))
            {
                entities.Add(new Entity(
                    id,
                    type,
                    node.GetProperty("name").GetString()!,
                    Strings(node, "aliases"),
                    node.TryGetProperty("mentions", out var m) ? m.GetInt32() : 0,
                    Strings(node, "articles")));
                if (node.TryGetProperty("pagerank", out var rank))
                {
                    metrics.Add(new EntityMetrics(
                        id,
                        rank.GetDouble(),
                        node.GetProperty("betweenness").GetDouble(),
                        node.GetProperty("community").GetInt32(),
                        node.GetProperty("lineage_depth").GetInt32()));
                }
            }
            else
            {
                throw new FormatException($"node {id} has unknown label {label}");
            }
        }

        var relations = new List<Relation>();
        var mentions = new List<ArticleMention>();
        foreach (var edge in root.GetProperty("edges").EnumerateArray())
        {
            var source = edge.GetProperty("source").GetString()!;
            var target = edge.GetProperty("target").GetString()!;
            var typeName = edge.GetProperty("type").GetString()!;
            if (!SchemaNames.TryParseRelation(typeName, out var type))
            {
                throw new FormatException($"edge {source} -> {target} has unknown type {typeName}");
            }

            if (type == RelationType.Mentions)
            {
                mentions.Add(new ArticleMention(source, target, edge.TryGetProperty("count", out var n) ? n.GetInt32() : 1));
                continue;
            }

            var evidence = edge.GetProperty("evidence").EnumerateArray()
                .Select(e => new Evidence(e.GetProperty("article").GetString()!, e.GetProperty("sentence").GetString()!, e.GetProperty("cue").GetString()!));
            relations.Add(new Relation(source, type, target, EquatableArray<Evidence>.From(evidence), edge.GetProperty("confidence").GetDouble()));
        }

        return new KnowledgeGraphData(
            EquatableArray<Article>.From(articles),
            EquatableArray<Entity>.From(entities),
            EquatableArray<Relation>.From(relations),
            EquatableArray<ArticleMention>.From(mentions),
            EquatableArray<EntityMetrics>.From(metrics));
    }

    private static EquatableArray<string> Strings(JsonElement node, string name) =>
        node.TryGetProperty(name, out var array)
            ? EquatableArray<string>.From(array.EnumerateArray().Select(e => e.GetString()!))
            : EquatableArray<string>.Empty;
}
