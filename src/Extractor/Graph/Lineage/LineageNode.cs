using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Lineage;

/// <summary>One entity in a lineage tree.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Via">The relation that links it to its parent in the tree (null at the start entity).</param>
/// <param name="Depth">Generations from the start entity (0 at the start).</param>
/// <param name="Children">The next generation, in id order.</param>
public sealed record LineageNode(Entity Entity, Relation? Via, int Depth, IReadOnlyList<LineageNode> Children);
