namespace Digest.Extractor.Graph.Statistics;

/// <summary>Size and shape of a graph.</summary>
/// <param name="Articles">Article nodes.</param>
/// <param name="Entities">Entity nodes.</param>
/// <param name="Relations">Typed relationships (MENTIONS excluded).</param>
/// <param name="Mentions">MENTIONS relationships.</param>
/// <param name="EntitiesByType">Entities per type, in schema order.</param>
/// <param name="RelationsByType">Relations per type, in schema order.</param>
/// <param name="Density">Linked ordered entity pairs over all ordered pairs, n(n-1).</param>
/// <param name="AverageDegree">Relations in and out per entity.</param>
/// <param name="Isolated">Entities without any typed relation.</param>
/// <param name="Components">Connected components with at least two entities.</param>
/// <param name="LargestComponent">Entities in the largest component.</param>
public sealed record GraphStatistics(
    int Articles,
    int Entities,
    int Relations,
    int Mentions,
    IReadOnlyList<NamedCount> EntitiesByType,
    IReadOnlyList<NamedCount> RelationsByType,
    double Density,
    double AverageDegree,
    int Isolated,
    int Components,
    int LargestComponent);
