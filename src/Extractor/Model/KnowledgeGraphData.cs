namespace Digest.Extractor.Model;

/// <summary>
/// The whole extracted graph as plain data, sorted by id: what exports write and what
/// <c>graph.json</c> reads back into.
/// </summary>
/// <param name="Articles">Article nodes, sorted by id.</param>
/// <param name="Entities">Entity nodes, sorted by id.</param>
/// <param name="Relations">Typed relationships, sorted by source, type, target.</param>
/// <param name="Mentions">MENTIONS relationships, sorted by article then entity.</param>
/// <param name="Metrics">Graph measures per entity, sorted by entity id; empty until computed (<c>GraphMetrics.Attach</c>).</param>
public sealed record KnowledgeGraphData(
    EquatableArray<Article> Articles,
    EquatableArray<Entity> Entities,
    EquatableArray<Relation> Relations,
    EquatableArray<ArticleMention> Mentions,
    EquatableArray<EntityMetrics> Metrics = default);
