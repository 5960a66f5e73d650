using Digest.Extractor.Model;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>Counts votes for entity types without allocating: a span indexed by <see cref="EntityType"/>.</summary>
internal static class TypeVotes
{
    /// <summary>How many entity types there are: the length of a vote span.</summary>
    public static readonly int TypeCount = Enum.GetValues<EntityType>().Length;

    /// <summary>The type with the most votes; on a tie, the one declared first.</summary>
    /// <param name="votes">Votes indexed by <see cref="EntityType"/>, at least one of them non-zero.</param>
    public static EntityType Winner(ReadOnlySpan<int> votes)
    {
        var best = 0;
        for (var t = 1; t < votes.Length; t++)
        {
            if (votes[t] > votes[best])
            {
                best = t;
            }
        }

        return (EntityType)best;
    }
}
