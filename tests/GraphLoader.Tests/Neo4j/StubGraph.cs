using System.Text.Json.Nodes;

namespace Digest.GraphLoader.Tests.Neo4j;

/// <summary>The stub's tiny model of what the loader MERGEd: nodes by id with labels and properties, relationships by (type, source, target), the load marker.</summary>
public sealed class StubGraph
{
    public Dictionary<string, StubNode> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Type, string Source, string Target), Dictionary<string, JsonNode?>> Relationships { get; } = [];

    public HashSet<string> Schema { get; } = new(StringComparer.Ordinal);

    public string? MarkerLoadId { get; set; }

    public StubGraph Clone()
    {
        var copy = new StubGraph { MarkerLoadId = MarkerLoadId };
        foreach (var (id, node) in Nodes)
        {
            copy.Nodes[id] = new StubNode(new HashSet<string>(node.Labels), node.Properties.ToDictionary(p => p.Key, p => p.Value?.DeepClone()));
        }

        foreach (var (key, properties) in Relationships)
        {
            copy.Relationships[key] = properties.ToDictionary(p => p.Key, p => p.Value?.DeepClone());
        }

        copy.Schema.UnionWith(Schema);
        return copy;
    }

    public int Count(string label) => Nodes.Values.Count(n => n.Labels.Contains(label));

    public int CountRelationships(string type) => Relationships.Keys.Count(k => k.Type == type);
}
