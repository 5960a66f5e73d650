using System.Text.Json.Nodes;

namespace Digest.GraphLoader.Tests.Neo4j;

/// <summary>A node of the stub's model: its labels and properties.</summary>
public sealed record StubNode(HashSet<string> Labels, Dictionary<string, JsonNode?> Properties);
