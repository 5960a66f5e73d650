using Digest.Extractor.Model;
using Digest.Extractor.Text;

namespace Digest.Extractor.Graph;

/// <summary>
/// Finds entities by id, canonical name or alias, ignoring case, spaces, hyphens and dots
/// (<see cref="NameKey"/>), and suggests close names (edit distance, containment) for a miss.
/// </summary>
public sealed class EntityLookup
{
    /// <summary>How many suggestions a miss returns.</summary>
    public const int SuggestionCount = 5;

    private readonly Dictionary<string, Entity> _byId;
    private readonly Dictionary<string, List<Entity>> _byKey = new(StringComparer.Ordinal);

    /// <summary>Indexes the entities.</summary>
    /// <param name="entities">The entities.</param>
    public EntityLookup(IReadOnlyList<Entity> entities)
    {
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var key in entity.Aliases.Append(entity.Name).Select(NameKey.Of).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                list.Add(entity);
            }
        }
    }

    /// <summary>Looks a name up.</summary>
    /// <param name="query">An id (<c>method:rope</c>), name or alias.</param>
    public EntityMatch Find(string query)
    {
        if (_byId.TryGetValue(query, out var byId))
        {
            return new EntityMatch(byId, [], []);
        }

        var key = NameKey.Of(query);
        if (!_byKey.TryGetValue(key, out var candidates))
        {
            return new EntityMatch(null, [], Suggest(key));
        }

        var ranked = candidates
            .OrderBy(e => Closeness(e, query))
            .ThenByDescending(e => e.MentionCount)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new EntityMatch(ranked[0], ranked.Skip(1).ToList(), []);
    }

    private static int Closeness(Entity entity, string query) =>
        string.Equals(entity.Name, query, StringComparison.Ordinal) ? 0
        : string.Equals(entity.Name, query, StringComparison.OrdinalIgnoreCase) ? 1
        : NameKey.Of(entity.Name) == NameKey.Of(query) ? 2
        : entity.Aliases.Any(a => string.Equals(a, query, StringComparison.OrdinalIgnoreCase)) ? 3
        : 4;

    private List<Entity> Suggest(string key)
    {
        if (key.Length == 0)
        {
            return [];
        }

        // Typos first (small edit distance), then longer names containing the query.
        var maxDistance = Math.Max(1, key.Length / 3);
        var scored = new List<(int Score, Entity Entity)>();
        foreach (var (candidate, entities) in _byKey)
        {
            var distance = EditDistance.Within(key, candidate, maxDistance);
            var score = distance <= maxDistance
                ? distance
                : key.Length >= 2 && (candidate.Contains(key, StringComparison.Ordinal) || key.Contains(candidate, StringComparison.Ordinal)) && candidate.Length >= 2
                    ? maxDistance + 1 + Math.Abs(candidate.Length - key.Length)
                    : -1;
            if (score >= 0)
            {
                scored.AddRange(entities.Select(e => (score, e)));
            }
        }

        return scored
            .OrderBy(s => s.Score)
            .ThenByDescending(s => s.Entity.MentionCount)
            .ThenBy(s => s.Entity.Id, StringComparer.Ordinal)
            .Select(s => s.Entity)
            .DistinctBy(e => e.Id)
            .Take(SuggestionCount)
            .ToList();
    }
}
