using Digest.Extractor.Model;

namespace Digest.Extractor.Graph;

/// <summary>What a name lookup found.</summary>
/// <param name="Entity">The best match, or null when nothing carries the name.</param>
/// <param name="Others">Other entities carrying the same name (another type, an alias), best first.</param>
/// <param name="Suggestions">Close names when nothing matched, best first.</param>
public sealed record EntityMatch(Entity? Entity, IReadOnlyList<Entity> Others, IReadOnlyList<Entity> Suggestions);
