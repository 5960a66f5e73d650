namespace Digest.Extractor.Building;

/// <summary>A change in the count of one MENTIONS edge: how often an article names an entity (at least 1, as the merge counts it).</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Entity">The entity's position in the graph's entities.</param>
/// <param name="Before">The edge's count before the edit.</param>
/// <param name="After">Its count after.</param>
public sealed record MentionEdgeEdit(string ArticleId, int Entity, int Before, int After);
