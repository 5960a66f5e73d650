namespace Digest.GraphLoader.Cypher;

/// <summary>One statement with its rows: the statement is fixed text; all data travels in <c>$rows</c>.</summary>
/// <param name="Purpose">What the statement does, for progress and error messages.</param>
/// <param name="Statement">The Cypher text (never built from user data).</param>
/// <param name="Rows">The parameter rows, or empty for schema statements.</param>
public sealed record CypherBatch(string Purpose, string Statement, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);
