using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>A change in how many times an entity is mentioned: its record's count moves by the change in its articles' counts.</summary>
/// <param name="Entity">The entity's position in the graph's entities.</param>
/// <param name="Delta">How much its mention count changes.</param>
/// <param name="VoteSettled">
/// Whether the change is known to leave its type and name, which the merge chooses by votes weighted by mention counts:
/// every local entity merged into it has them (<see cref="MergeLayout.Uniform"/>), or voting again over all of them chose
/// them again (<see cref="GraphEdit.WithVotesSettled"/>). An unsettled change cannot be patched.
/// </param>
public sealed record MentionCountEdit(int Entity, int Delta, bool VoteSettled)
{
    /// <summary>The entity with its count changed.</summary>
    /// <param name="entity">The entity as the last build wrote it.</param>
    public Entity ApplyTo(Entity entity) => entity with { MentionCount = entity.MentionCount + Delta };
}
