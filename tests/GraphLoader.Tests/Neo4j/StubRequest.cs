using System.Text.Json.Nodes;

namespace Digest.GraphLoader.Tests.Neo4j;

/// <summary>A request the stub received.</summary>
public sealed record StubRequest(string Method, string Path, string? Authorization, string? ContentType, string? Accept, string? Statement, JsonObject? Parameters, bool IncludeCounters);
