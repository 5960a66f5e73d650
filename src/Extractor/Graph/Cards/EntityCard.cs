using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Cards;

/// <summary>Everything the graph knows about one entity.</summary>
/// <param name="Entity">The entity: id, type, name, aliases.</param>
/// <param name="Metrics">Its metrics, when the graph carries them.</param>
/// <param name="Articles">The articles that mention it, most mentions first.</param>
/// <param name="Outgoing">Relations from it, by type then other end (the first ones when the card was asked for fewer than <paramref name="OutgoingCount"/>).</param>
/// <param name="Incoming">Relations to it, by type then other end (likewise, of <paramref name="IncomingCount"/>).</param>
/// <param name="OutgoingCount">How many relations leave it.</param>
/// <param name="IncomingCount">How many relations reach it.</param>
public sealed record EntityCard(
    Entity Entity,
    EntityMetrics? Metrics,
    IReadOnlyList<CardArticle> Articles,
    IReadOnlyList<CardRelation> Outgoing,
    IReadOnlyList<CardRelation> Incoming,
    int OutgoingCount,
    int IncomingCount);
