using System.Text.Json;

namespace Digest.GraphLoader.Neo4j;

/// <summary>What a statement returned: the Query API's <c>data.fields</c>, <c>data.values</c> and <c>counters</c>.</summary>
/// <param name="Fields">The column names.</param>
/// <param name="Values">The rows, each value in plain JSON (nodes are objects with <c>elementId</c>, <c>labels</c>, <c>properties</c>).</param>
/// <param name="Counters">How the statement changed the database.</param>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Values, QueryCounters Counters);
