using System.Runtime.CompilerServices;
using Digest.Extractor.Model;

namespace Digest.Extractor.Graph;

/// <summary>
/// The best few names close to a key nobody has: typos first (edit distance up to a third of the
/// key), then names containing the key or contained in it (closer lengths first); ties go to the
/// entity mentioned most, then to the smaller id. Keeps only the best
/// <see cref="EntityLookup.SuggestionCount"/> while the names stream past.
/// </summary>
internal sealed class Suggestions
{
    /// <summary>The score of a name that is not a suggestion at all.</summary>
    public const int None = int.MaxValue;

    private readonly string _key;
    private readonly int _maxDistance;
    private readonly List<(int Score, Entity Entity)> _best = new(EntityLookup.SuggestionCount + 1);

    /// <summary>Starts collecting suggestions for a key.</summary>
    /// <param name="key">The <see cref="Text.NameKey"/> of the query, not empty.</param>
    public Suggestions(string key)
    {
        _key = key;
        _maxDistance = Math.Max(1, key.Length / 3);
    }

    /// <summary>How a name's key scores against the query key: lower is closer, <see cref="None"/> for no suggestion.</summary>
    /// <param name="candidate">A name's key, not empty.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Score(ReadOnlySpan<char> candidate)
    {
        var distance = EditDistance.Within(_key, candidate, _maxDistance);
        if (distance <= _maxDistance)
        {
            return distance;
        }

        // Equal lengths cannot contain each other without being equal (a match, not a suggestion).
        var contained = _key.Length >= 2 && candidate.Length >= 2
            && (candidate.Length >= _key.Length ? candidate.Contains(_key, StringComparison.Ordinal) : _key.AsSpan().Contains(candidate, StringComparison.Ordinal));
        return contained ? _maxDistance + 1 + Math.Abs(candidate.Length - _key.Length) : None;
    }

    /// <summary>Considers an entity with the best score of its names.</summary>
    /// <param name="score">The score, <see cref="None"/> to pass.</param>
    /// <param name="entity">The entity.</param>
    public void Offer(int score, Entity entity)
    {
        if (score == None)
        {
            return;
        }

        var at = _best.Count;
        while (at > 0 && Before((score, entity), _best[at - 1]))
        {
            at--;
        }

        if (at < EntityLookup.SuggestionCount)
        {
            _best.Insert(at, (score, entity));
            if (_best.Count > EntityLookup.SuggestionCount)
            {
                _best.RemoveAt(_best.Count - 1);
            }
        }
    }

    /// <summary>The suggestions, best first.</summary>
    public List<Entity> Best() => _best.ConvertAll(s => s.Entity);

    private static bool Before((int Score, Entity Entity) a, (int Score, Entity Entity) b) =>
        a.Score != b.Score ? a.Score < b.Score
        : a.Entity.MentionCount != b.Entity.MentionCount ? a.Entity.MentionCount > b.Entity.MentionCount
        : string.CompareOrdinal(a.Entity.Id, b.Entity.Id) < 0;
}
