using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Lineage;

/// <summary>A root of the lineage forest: it builds on nothing, but others descend from it.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Children">Direct descendants.</param>
/// <param name="Descendants">All descendants.</param>
public sealed record FoundationalWork(Entity Entity, int Children, int Descendants);
