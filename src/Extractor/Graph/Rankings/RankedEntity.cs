using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Rankings;

/// <summary>An entity and its score under one measure.</summary>
/// <param name="Rank">1 for the first.</param>
/// <param name="Entity">The entity.</param>
/// <param name="Score">The score.</param>
public sealed record RankedEntity(int Rank, Entity Entity, double Score);
