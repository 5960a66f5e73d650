using Digest.Extractor.Model;
using Digest.Extractor.Text;

namespace Digest.Extractor.Graph;

/// <summary>
/// Finds entities by id, canonical name or alias, ignoring case, spaces, hyphens and dots
/// (<see cref="NameKey"/>), and suggests close names (edit distance, containment) for a miss.
/// A name typed as the graph spells it (ignoring case) is found by one scan without normalising
/// every name; the <see cref="NameKey"/> index is built only when that fails.
/// </summary>
public sealed class EntityLookup
{
    /// <summary>How many suggestions a miss returns.</summary>
    public const int SuggestionCount = 5;

    private readonly IReadOnlyList<Entity> _entities;
    private readonly IReadOnlyDictionary<string, int> _byId;
    private readonly Lazy<Dictionary<string, List<Entity>>> _byKey;

    /// <summary>Prepares lookups.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="byId">Each entity's position by id.</param>
    internal EntityLookup(IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, int> byId)
    {
        _entities = entities;
        _byId = byId;
        _byKey = new Lazy<Dictionary<string, List<Entity>>>(() => KeyIndex(entities));
    }

    /// <summary>Looks a name up.</summary>
    /// <param name="query">An id (<c>method:rope</c>), name or alias.</param>
    public EntityMatch Find(string query)
    {
        if (_byId.TryGetValue(query, out var position))
        {
            return new EntityMatch(_entities[position], [], []);
        }

        // One scan for the spelling as typed is cheaper than indexing every name for one query.
        var candidates = SpelledAs(query);
        if (candidates.Count == 0)
        {
            var key = NameKey.Of(query);
            if (!_byKey.Value.TryGetValue(key, out candidates))
            {
                return new EntityMatch(null, [], Suggest(key));
            }
        }

        var ranked = candidates
            .OrderBy(e => Closeness(e, query))
            .ThenByDescending(e => e.MentionCount)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new EntityMatch(ranked[0], ranked.Skip(1).ToList(), []);
    }

    /// <summary>The entities whose name or an alias is the query, ignoring case (a plain loop: this runs over every entity).</summary>
    private List<Entity> SpelledAs(string query)
    {
        var found = new List<Entity>();
        for (var i = 0; i < _entities.Count; i++)
        {
            var entity = _entities[i];
            if (string.Equals(entity.Name, query, StringComparison.OrdinalIgnoreCase) || HasAlias(entity, query))
            {
                found.Add(entity);
            }
        }

        return found;
    }

    private static bool HasAlias(Entity entity, string query)
    {
        foreach (var alias in entity.Aliases.AsImmutableArray())
        {
            if (string.Equals(alias, query, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, List<Entity>> KeyIndex(IReadOnlyList<Entity> entities)
    {
        var index = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var key in entity.Aliases.Append(entity.Name).Select(NameKey.Of).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(entity);
            }
        }

        return index;
    }

    private static int Closeness(Entity entity, string query) =>
        string.Equals(entity.Name, query, StringComparison.Ordinal) ? 0
        : string.Equals(entity.Name, query, StringComparison.OrdinalIgnoreCase) ? 1
        : NameKey.Of(entity.Name) == NameKey.Of(query) ? 2
        : HasAlias(entity, query) ? 3
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
        foreach (var (candidate, entities) in _byKey.Value)
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
