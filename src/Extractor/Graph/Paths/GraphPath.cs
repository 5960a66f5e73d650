using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Paths;

/// <summary>A shortest path between two entities.</summary>
/// <param name="Hops">The steps, in order.</param>
public sealed record GraphPath(IReadOnlyList<PathHop> Hops)
{
    /// <summary>The entities along the path, start and end included.</summary>
    public IEnumerable<Entity> Entities => Hops.Count == 0 ? [] : Hops.Select(h => h.From).Append(Hops[^1].To);
}
