namespace Digest.Extractor.Graph.Communities;

/// <summary>The communities and components of a graph.</summary>
/// <param name="Communities">Louvain communities, largest first.</param>
/// <param name="Modularity">The modularity of the Louvain partition.</param>
/// <param name="Components">Connected components, largest first.</param>
public sealed record CommunityReport(IReadOnlyList<CommunityGroup> Communities, double Modularity, IReadOnlyList<CommunityGroup> Components);
