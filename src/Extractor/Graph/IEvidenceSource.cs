using Digest.Extractor.Model;

namespace Digest.Extractor.Graph;

/// <summary>
/// Where the evidence of a graph's relations is fetched from when the relations were read
/// without it (a graph loaded for analysis leaves its evidence sentences in the file until a
/// command prints them).
/// </summary>
public interface IEvidenceSource
{
    /// <summary>The evidence of the relations at these positions of <see cref="KnowledgeGraphData.Relations"/>, in the same order.</summary>
    /// <param name="relations">Positions in <see cref="KnowledgeGraphData.Relations"/>.</param>
    /// <exception cref="InvalidDataException">The source changed since the graph was read, or cannot be read.</exception>
    IReadOnlyList<EquatableArray<Evidence>> Read(IReadOnlyList<int> relations);
}
