using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>
/// A change in one local entity's weight in the votes that choose its entity's type and name (its mention count, at
/// least 1): the merge weighs each local entity's type and name by it.
/// </summary>
/// <param name="Name">The name the local entity has in its article.</param>
/// <param name="Type">The type it has there.</param>
/// <param name="Delta">How much its weight changes.</param>
public sealed record VoteShift(string Name, EntityType Type, int Delta)
{
    /// <summary>
    /// Whether the shift can only strengthen a vote that chose <paramref name="entity"/>'s type and name: more weight for
    /// a local entity of that very type and name, or less for one of another type and another name. Each vote then keeps
    /// its winner, whatever the other local entities weigh (ties are broken by type order and input order, which stay).
    /// </summary>
    /// <param name="entity">The entity as the last build chose it.</param>
    public bool Strengthens(Entity entity) => Delta > 0
        ? Type == entity.Type && string.Equals(Name, entity.Name, StringComparison.Ordinal)
        : Type != entity.Type && !string.Equals(Name, entity.Name, StringComparison.Ordinal);
}
