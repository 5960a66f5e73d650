namespace Digest.GraphLoader.Neo4j;

/// <summary>One Cypher statement to send: fixed text, data only in parameters.</summary>
/// <param name="Purpose">What the statement does, for progress and error messages.</param>
/// <param name="Text">The Cypher text.</param>
/// <param name="Parameters">The parameters (<c>$name</c> in the text).</param>
public sealed record Neo4jStatement(string Purpose, string Text, IReadOnlyDictionary<string, object?> Parameters);
