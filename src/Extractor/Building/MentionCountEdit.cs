using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>A change in how many times an entity is mentioned: its record's count moves by the change in its articles' counts.</summary>
/// <param name="Entity">The entity's position in the graph's entities.</param>
/// <param name="Delta">How much its mention count changes.</param>
/// <param name="VoteSettled">
/// Whether the change is known to leave its type and name: every local entity merged into it has them
/// (<see cref="MergeLayout.Uniform"/>), or voting again over all of them chose them again (<see cref="GraphEdit.WithVotesSettled"/>).
/// </param>
/// <param name="Shifts">The article's local entities whose weight in the entity's votes changes.</param>
public sealed record MentionCountEdit(int Entity, int Delta, bool VoteSettled, EquatableArray<VoteShift> Shifts)
{
    /// <summary>The entity with its count changed.</summary>
    /// <param name="entity">The entity as the last build wrote it.</param>
    public Entity ApplyTo(Entity entity) => entity with { MentionCount = entity.MentionCount + Delta };

    /// <summary>
    /// Whether the change leaves the entity's type and name (and so its id) as the merge chose them: when the vote is
    /// settled, else when every shift strengthens the votes that chose them (<see cref="VoteShift.Strengthens"/>).
    /// </summary>
    /// <param name="entity">The entity as the last build wrote it.</param>
    public bool KeepsTypeAndName(Entity entity) => VoteSettled || Shifts.AsImmutableArray().All(shift => shift.Strengthens(entity));
}
