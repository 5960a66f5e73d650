namespace Digest.Extractor.Model;

/// <summary>
/// Graph measures of one entity, computed once after a build and written as node properties
/// into every export, so Gephi, Neo4j and <c>digest top</c> show the same numbers.
/// </summary>
/// <param name="EntityId">The entity's id.</param>
/// <param name="PageRank">PageRank over the typed relations (damping 0.85), rounded to 6 decimals.</param>
/// <param name="Betweenness">Normalised betweenness over the undirected typed relations, rounded to 6 decimals.</param>
/// <param name="Community">The Louvain community, named by its leading member's id (<see cref="Graph.Communities.CommunityLabels"/>).</param>
/// <param name="LineageDepth">BUILDS_ON generations above the entity (0 = builds on nothing).</param>
public sealed record EntityMetrics(string EntityId, double PageRank, double Betweenness, string Community, int LineageDepth);
