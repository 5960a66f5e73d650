namespace Digest.GraphLoader.Cypher;

/// <summary>One row of graph data with the statement that loads it and the key that names what it loads.</summary>
/// <param name="Purpose">What its statement does, e.g. <c>merge Method entities</c>.</param>
/// <param name="Statement">The <c>UNWIND $rows …</c> statement that loads it.</param>
/// <param name="Key">The node or relationship it loads.</param>
/// <param name="Row">The data.</param>
public sealed record CypherRow(string Purpose, string Statement, GraphKey Key, IReadOnlyDictionary<string, object?> Row);
