using Digest.Extractor.Model;
using Digest.Extractor.Reading;
using Digest.Extractor.Text;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Known entities, looked up by any name's <see cref="NameKey"/>. Read from TSV files:
/// <c>name &lt;TAB&gt; type &lt;TAB&gt; alias|alias…</c>; <c>#</c> starts a comment line.
/// A later file's entry for a name replaces an earlier one, so users can correct the shipped data.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, LexiconEntry> _byKey;

    private Lexicon(Dictionary<string, LexiconEntry> byKey) => _byKey = byKey;

    /// <summary>An empty lexicon.</summary>
    public static Lexicon Empty { get; } = new(new Dictionary<string, LexiconEntry>(StringComparer.Ordinal));

    /// <summary>Every entry, each once, sorted by name.</summary>
    public IReadOnlyList<LexiconEntry> Entries =>
        _byKey.Values.Distinct().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

    /// <summary>Every name key with the entry it finds, in ordinal order of the keys: what lookups see.</summary>
    internal IEnumerable<KeyValuePair<string, LexiconEntry>> KeyedEntries =>
        _byKey.OrderBy(pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Finds the entry that has this name or alias.</summary>
    /// <param name="name">Any surface form.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryFind(string name, out LexiconEntry entry) => TryFindKey(NameKey.Of(name), out entry);

    /// <summary>Finds the entry whose name or alias has this key (for callers that already computed it).</summary>
    /// <param name="key">A <see cref="NameKey"/>.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryFindKey(string key, out LexiconEntry entry) => _byKey.TryGetValue(key, out entry!);

    /// <summary>Parses lexicon TSV.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <returns>The entries in file order.</returns>
    /// <exception cref="DigestInputException">A line has no type or an unknown type.</exception>
    public static IReadOnlyList<LexiconEntry> Parse(string source, TextReader reader)
    {
        var entries = new List<LexiconEntry>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Trim().Length == 0)
            {
                throw new DigestInputException(source, number, "expected: name<TAB>type<TAB>aliases separated by |");
            }

            if (!SchemaNames.TryParseEntityType(fields[1].Trim(), out var type))
            {
                throw new DigestInputException(source, number, $"unknown entity type \"{fields[1].Trim()}\" (one of: {string.Join(", ", Enum.GetNames<EntityType>())})");
            }

            var aliases = fields.Length > 2
                ? fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            entries.Add(new LexiconEntry(fields[0].Trim(), type, EquatableArray<string>.From(aliases)));
        }

        return entries;
    }

    /// <summary>Builds a lexicon from entries; later entries win on a shared name.</summary>
    /// <param name="entries">The entries, earliest first.</param>
    public static Lexicon From(IEnumerable<LexiconEntry> entries)
    {
        var byKey = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.AllNames)
            {
                var key = NameKey.Of(name);
                if (key.Length > 0)
                {
                    byKey[key] = entry;
                }
            }
        }

        return new Lexicon(byKey);
    }
}
