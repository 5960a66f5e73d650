using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>A change in how many times an entity is mentioned: its record's count moves by the change in its articles' counts.</summary>
/// <param name="Entity">The entity's position in the graph's entities.</param>
/// <param name="Delta">How much its mention count changes.</param>
public sealed record MentionCountEdit(int Entity, int Delta)
{
    /// <summary>The entity with its count changed.</summary>
    /// <param name="entity">The entity as the last build wrote it.</param>
    public Entity ApplyTo(Entity entity) => entity with { MentionCount = entity.MentionCount + Delta };
}
