using System.Runtime.CompilerServices;
using Digest.Extractor.Model;
using Digest.Extractor.Text;

namespace Digest.Extractor.Graph;

/// <summary>
/// Finds entities by id, canonical name or alias, ignoring case, spaces, hyphens and dots
/// (<see cref="NameKey"/>), and suggests close names (edit distance, containment) for a miss.
/// A name typed as the graph spells it (ignoring case) is found by one scan without normalising
/// any name; only when that fails does a second scan compare every name's key with the query's,
/// scoring the others as suggestions on the way. Both scans run once per command, so no index
/// of every name is built.
/// </summary>
public sealed class EntityLookup
{
    /// <summary>How many suggestions a miss returns.</summary>
    public const int SuggestionCount = 5;

    /// <summary>Keys up to this length are written to a stack buffer; longer (or non-ASCII) names are keyed with <see cref="NameKey.Of"/>.</summary>
    private const int KeyBuffer = 256;

    private readonly IReadOnlyList<Entity> _entities;
    private readonly IReadOnlyDictionary<string, int> _byId;

    /// <summary>Prepares lookups.</summary>
    /// <param name="entities">The entities.</param>
    /// <param name="byId">Each entity's position by id.</param>
    internal EntityLookup(IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, int> byId)
    {
        _entities = entities;
        _byId = byId;
    }

    /// <summary>Looks a name up.</summary>
    /// <param name="query">An id (<c>method:rope</c>), name or alias.</param>
    public EntityMatch Find(string query)
    {
        if (_byId.TryGetValue(query, out var position))
        {
            return new EntityMatch(_entities[position], [], []);
        }

        // One scan for the spelling as typed is cheaper than keying every name for one query.
        var candidates = SpelledAs(query);
        if (candidates.Count == 0)
        {
            var key = NameKey.Of(query);
            if (key.Length == 0)
            {
                return new EntityMatch(null, [], []);
            }

            var suggestions = new Suggestions(key);
            candidates = KeyedAs(key, suggestions);
            if (candidates.Count == 0)
            {
                return new EntityMatch(null, [], suggestions.Best());
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

    private static int Closeness(Entity entity, string query) =>
        string.Equals(entity.Name, query, StringComparison.Ordinal) ? 0
        : string.Equals(entity.Name, query, StringComparison.OrdinalIgnoreCase) ? 1
        : NameKey.Of(entity.Name) == NameKey.Of(query) ? 2
        : HasAlias(entity, query) ? 3
        : 4;

    /// <summary>
    /// The entities one of whose names has the key; the others are scored as suggestions on the
    /// way (a name's key is written to a stack buffer, not allocated, for the 90% that are ASCII).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<Entity> KeyedAs(string key, Suggestions suggestions)
    {
        var found = new List<Entity>();
        Span<char> buffer = stackalloc char[KeyBuffer];
        for (var i = 0; i < _entities.Count; i++)
        {
            var entity = _entities[i];
            var best = Suggestions.None;
            var matched = Score(key, entity.Name, suggestions, buffer, ref best);
            foreach (var alias in entity.Aliases.AsImmutableArray())
            {
                matched |= Score(key, alias, suggestions, buffer, ref best);
            }

            if (matched)
            {
                found.Add(entity);
            }
            else if (found.Count == 0)
            {
                suggestions.Offer(best, entity);
            }
        }

        return found;
    }

    /// <summary>Whether the name's key is the query key; otherwise lowers <paramref name="best"/> to the name's suggestion score.</summary>
    private static bool Score(string key, string name, Suggestions suggestions, Span<char> buffer, ref int best)
    {
        ReadOnlySpan<char> candidate = NameKey.TryWriteAscii(name, buffer, out var length) ? buffer[..length] : NameKey.Of(name);
        if (candidate.Length == 0)
        {
            return false;
        }

        if (candidate.SequenceEqual(key))
        {
            return true;
        }

        best = Math.Min(best, suggestions.Score(candidate));
        return false;
    }
}
