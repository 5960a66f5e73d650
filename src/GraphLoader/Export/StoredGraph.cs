using Digest.Extractor.Graph;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>A graph read back from <c>graph.json</c>, with where to fetch the evidence it was read without.</summary>
/// <param name="Data">The graph data (relations without evidence when <paramref name="Evidence"/> is set).</param>
/// <param name="Evidence">Reads the relations' evidence from the file on request, or null when the data holds it.</param>
public sealed record StoredGraph(KnowledgeGraphData Data, IEvidenceSource? Evidence)
{
    /// <summary>The graph's analysis snapshot (read, or written after parsing the file), or null when it has none.</summary>
    public string? SnapshotPath { get; init; }

    /// <summary>Whether the graph was read from <see cref="SnapshotPath"/> rather than parsed.</summary>
    public bool FromSnapshot { get; init; }
}
