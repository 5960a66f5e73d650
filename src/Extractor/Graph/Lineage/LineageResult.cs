using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Lineage;

/// <summary>A traced lineage.</summary>
/// <param name="Direction">Ancestors or descendants.</param>
/// <param name="Tree">The tree rooted at the start entity; each entity appears once, at its shortest distance.</param>
/// <param name="Count">How many entities were reached besides the start.</param>
/// <param name="Foundations">Reached ancestors that build on nothing further ("foundational works"); empty when tracing down.</param>
/// <param name="Cycles">Groups of reached entities that descend from each other, each sorted by id.</param>
/// <param name="Truncated">Whether the depth limit cut the lineage.</param>
public sealed record LineageResult(
    LineageDirection Direction,
    LineageNode Tree,
    int Count,
    IReadOnlyList<Entity> Foundations,
    IReadOnlyList<IReadOnlyList<Entity>> Cycles,
    bool Truncated);
