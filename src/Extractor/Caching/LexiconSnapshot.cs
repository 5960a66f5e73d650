using System.Security.Cryptography;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;

namespace Digest.Extractor.Caching;

/// <summary>
/// The lexicon a build cache's extractions were made with, as lookups see it: every name key and
/// the entry it finds. A build compares the one in the cache with its own (<see cref="LexiconChange"/>)
/// and re-extracts only the articles that a changed entry can reach, instead of every article.
/// </summary>
public sealed class LexiconSnapshot
{
    private readonly (string Key, int Entry)[] _keys;
    private readonly LexiconEntry[] _entries;

    private LexiconSnapshot((string Key, int Entry)[] keys, LexiconEntry[] entries)
    {
        _keys = keys;
        _entries = entries;
    }

    /// <summary>
    /// A hash of what the lookups see, which is all the extraction reads of the lexicon: it changes with any entry,
    /// not with comments, blank lines or entries that a later one replaces whole.
    /// </summary>
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(ToBytes()))[..16];

    /// <summary>The snapshot of a lexicon.</summary>
    /// <param name="lexicon">The lexicon, shipped and user files merged.</param>
    public static LexiconSnapshot Of(Lexicon lexicon)
    {
        var entries = new List<LexiconEntry>();
        var numbers = new Dictionary<LexiconEntry, int>();
        var keys = new List<(string, int)>();
        foreach (var (key, entry) in lexicon.KeyedEntries)
        {
            if (!numbers.TryGetValue(entry, out var number))
            {
                numbers[entry] = number = entries.Count;
                entries.Add(entry);
            }

            keys.Add((key, number));
        }

        return new LexiconSnapshot([.. keys], [.. entries]);
    }

    /// <summary>
    /// What changed from <paramref name="older"/> to <paramref name="newer"/>: every key whose entry
    /// differs or is gone or new, with every name key of those entries, old and new (a changed entry
    /// can match text through any of its names).
    /// </summary>
    /// <param name="older">The snapshot in the last build's cache.</param>
    /// <param name="newer">This build's.</param>
    public static LexiconChange Between(LexiconSnapshot older, LexiconSnapshot newer)
    {
        var changed = new List<LexiconEntry>();
        var (i, j) = (0, 0);
        while (i < older._keys.Length || j < newer._keys.Length)
        {
            var order = i == older._keys.Length ? 1
                : j == newer._keys.Length ? -1
                : string.CompareOrdinal(older._keys[i].Key, newer._keys[j].Key);
            var before = order <= 0 ? older._entries[older._keys[i++].Entry] : null;
            var after = order >= 0 ? newer._entries[newer._keys[j++].Entry] : null;
            if (!Equals(before, after))
            {
                changed.AddRange(new[] { before, after }.OfType<LexiconEntry>());
            }
        }

        return LexiconChange.Of(changed);
    }

    /// <summary>The snapshot as bytes: entries, then keys with their entry's number (read back by <see cref="Read"/>).</summary>
    internal byte[] ToBytes()
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Write(writer);
        }

        return bytes.ToArray();
    }

    private void Write(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt(_entries.Length);
        foreach (var entry in _entries)
        {
            writer.Write(entry.Name);
            writer.Write((byte)entry.Type);
            writer.Write7BitEncodedInt(entry.Aliases.Count);
            foreach (var alias in entry.Aliases)
            {
                writer.Write(alias);
            }
        }

        writer.Write7BitEncodedInt(_keys.Length);
        foreach (var (key, entry) in _keys)
        {
            writer.Write(key);
            writer.Write7BitEncodedInt(entry);
        }
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote.</summary>
    /// <param name="reader">The reader, at the snapshot.</param>
    /// <exception cref="InvalidDataException">The bytes are not a snapshot.</exception>
    internal static LexiconSnapshot Read(ref PayloadReader reader)
    {
        var entries = new LexiconEntry[reader.ReadCount()];
        for (var e = 0; e < entries.Length; e++)
        {
            var name = reader.ReadString();
            var type = reader.ReadByte();
            if (!Enum.IsDefined((EntityType)type))
            {
                throw new InvalidDataException($"bad entity type {type} in the cached lexicon");
            }

            var aliases = new string[reader.ReadCount()];
            for (var a = 0; a < aliases.Length; a++)
            {
                aliases[a] = reader.ReadString();
            }

            entries[e] = new LexiconEntry(name, (EntityType)type, EquatableArray<string>.From(aliases));
        }

        var keys = new (string, int)[reader.ReadCount()];
        for (var k = 0; k < keys.Length; k++)
        {
            var key = reader.ReadString();
            var entry = reader.Read7BitEncodedInt();
            keys[k] = entry < entries.Length && (k == 0 || string.CompareOrdinal(keys[k - 1].Item1, key) < 0)
                ? (key, entry)
                : throw new InvalidDataException("the cached lexicon's keys are out of order or name a missing entry");
        }

        return new LexiconSnapshot(keys, entries);
    }
}
