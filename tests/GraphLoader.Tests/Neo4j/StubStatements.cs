using System.Text.Json.Nodes;
using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;

namespace Digest.GraphLoader.Tests.Neo4j;

/// <summary>
/// What the stub understands: exactly the statements the loader sends (looked up by their text,
/// taken from <see cref="CypherStatements"/> and <see cref="LoadStatements"/>), each applied to the
/// <see cref="StubGraph"/> with Neo4j's MERGE / DETACH DELETE semantics and counters.
/// </summary>
internal static class StubStatements
{
    public delegate (IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Values) Handler(StubGraph graph, JsonObject parameters, StubCounters counters);

    public static Dictionary<string, Handler> Create()
    {
        var handlers = new Dictionary<string, Handler>(StringComparer.Ordinal);
        foreach (var statement in CypherStatements.Schema)
        {
            handlers[statement] = (g, _, c) =>
            {
                if (g.Schema.Add(statement))
                {
                    if (statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal))
                    {
                        c.ConstraintsAdded++;
                    }
                    else
                    {
                        c.IndexesAdded++;
                    }
                }

                return Empty;
            };
        }

        handlers[CypherStatements.MergeArticles] = (g, p, c) => MergeNodes(g, p, c, SchemaNames.ArticleLabel, null, ("name", "title"));
        foreach (var type in Enum.GetValues<EntityType>())
        {
            handlers[CypherStatements.MergeEntities(type)] = (g, p, c) => MergeNodes(g, p, c, SchemaNames.EntityLabel, SchemaNames.Label(type));
        }

        handlers[CypherStatements.MergeMentions] = (g, p, c) => MergeRelationships(g, p, c, RelationType.Mentions);
        foreach (var type in Enum.GetValues<RelationType>())
        {
            if (type != RelationType.Mentions)
            {
                handlers[CypherStatements.MergeRelations(type)] = (g, p, c) => MergeRelationships(g, p, c, type);
            }

            var name = SchemaNames.Name(type);
            handlers[LoadStatements.PruneRelationships(type)] = (g, p, c) =>
            {
                var keep = Strings(p["pairs"]).ToHashSet(StringComparer.Ordinal);
                return DeleteRelationships(g, c, g.Relationships.Keys.Where(k => k.Type == name && !keep.Contains(k.Source + ">" + k.Target)).ToList());
            };
            handlers[LoadStatements.DeleteRelationships(type)] = (g, p, c) =>
                DeleteRelationships(g, c, Rows(p).Select(r => (name, r["source"]!.GetValue<string>(), r["target"]!.GetValue<string>())).ToList());
        }

        foreach (var label in new[] { SchemaNames.ArticleLabel, SchemaNames.EntityLabel })
        {
            handlers[LoadStatements.PruneNodes(label)] = (g, p, c) =>
            {
                var keep = Strings(p["ids"]).ToHashSet(StringComparer.Ordinal);
                return DeleteNodes(g, c, g.Nodes.Where(n => n.Value.Labels.Contains(label) && !keep.Contains(n.Key)).Select(n => n.Key).ToList());
            };
            handlers[LoadStatements.DeleteNodes(label)] = (g, p, c) =>
                DeleteNodes(g, c, Rows(p).Select(r => r["id"]!.GetValue<string>()).Where(id => g.Nodes.TryGetValue(id, out var n) && n.Labels.Contains(label)).ToList());
        }

        handlers[LoadStatements.ReadMarker] = (g, _, _) => (["loadId"], [[g.MarkerLoadId]]);
        handlers[LoadStatements.WriteMarker] = (g, p, c) =>
        {
            if (g.MarkerLoadId is null)
            {
                c.NodesCreated++;
                c.LabelsAdded++;
            }

            g.MarkerLoadId = p["loadId"]!.GetValue<string>();
            c.PropertiesSet++;
            return Empty;
        };
        return handlers;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<object?[]>) Empty => ([], []);

    private static IEnumerable<JsonObject> Rows(JsonObject parameters) => parameters["rows"]!.AsArray().Select(r => r!.AsObject());

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<string>());

    private static (IReadOnlyList<string>, IReadOnlyList<object?[]>) MergeNodes(StubGraph g, JsonObject p, StubCounters c, string label, string? typeLabel, params (string Property, string Column)[] extra)
    {
        foreach (var row in Rows(p))
        {
            var id = row["id"]!.GetValue<string>();
            if (!g.Nodes.TryGetValue(id, out var node))
            {
                node = new StubNode([label], new Dictionary<string, JsonNode?> { ["id"] = id });
                g.Nodes[id] = node;
                c.NodesCreated++;
                c.LabelsAdded++;
                c.PropertiesSet++;
            }

            if (typeLabel is not null && node.Labels.Add(typeLabel))
            {
                c.LabelsAdded++;
            }

            foreach (var (key, value) in row.Where(r => r.Key != "id").Concat(extra.Select(e => KeyValuePair.Create(e.Property, row[e.Column]))))
            {
                node.Properties[key] = value?.DeepClone();
                c.PropertiesSet++;
            }
        }

        return Empty;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<object?[]>) MergeRelationships(StubGraph g, JsonObject p, StubCounters c, RelationType type)
    {
        var name = SchemaNames.Name(type);
        foreach (var row in Rows(p))
        {
            var source = row["source"]!.GetValue<string>();
            var target = row["target"]!.GetValue<string>();
            if (!g.Nodes.ContainsKey(source) || !g.Nodes.ContainsKey(target))
            {
                continue; // MATCH found no endpoint: the row makes nothing, as in Neo4j.
            }

            if (!g.Relationships.TryGetValue((name, source, target), out var properties))
            {
                properties = [];
                g.Relationships[(name, source, target)] = properties;
                c.RelationshipsCreated++;
            }

            foreach (var (key, value) in row.Where(r => r.Key is not "source" and not "target"))
            {
                properties[key] = value?.DeepClone();
                c.PropertiesSet++;
            }
        }

        return Empty;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<object?[]>) DeleteRelationships(StubGraph g, StubCounters c, List<(string, string, string)> keys)
    {
        foreach (var key in keys)
        {
            if (g.Relationships.Remove(key))
            {
                c.RelationshipsDeleted++;
            }
        }

        return Empty;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<object?[]>) DeleteNodes(StubGraph g, StubCounters c, List<string> ids)
    {
        foreach (var id in ids)
        {
            DeleteRelationships(g, c, g.Relationships.Keys.Where(k => k.Source == id || k.Target == id).ToList());
            if (g.Nodes.Remove(id))
            {
                c.NodesDeleted++;
            }
        }

        return Empty;
    }
}
