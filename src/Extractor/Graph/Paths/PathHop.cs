using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Paths;

/// <summary>One step of a path and the relations that join its two entities.</summary>
/// <param name="From">Where the step starts.</param>
/// <param name="To">Where it ends.</param>
/// <param name="Relations">Every relation joining them (in the allowed direction), by type; a relation whose source is <paramref name="To"/> is walked backwards.</param>
public sealed record PathHop(Entity From, Entity To, IReadOnlyList<Relation> Relations);
