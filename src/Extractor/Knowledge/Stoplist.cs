using Digest.Extractor.Text;

namespace Digest.Extractor.Knowledge;

/// <summary>Generic words that are never entities (模型, 方法, baseline …): one per line, <c>#</c> comments.</summary>
public sealed class Stoplist
{
    /// <summary>ASCII names up to this length are keyed on the stack (<see cref="NameKey.TryWriteAscii"/>).</summary>
    private const int StackKeyLength = 64;

    private readonly HashSet<string> _keys;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spanKeys;

    private Stoplist(HashSet<string> keys)
    {
        _keys = keys;
        _spanKeys = keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the name is a generic word.</summary>
    /// <param name="name">A surface form.</param>
    public bool Contains(string name) => TryContainsAscii(name, out var found) ? found : ContainsKey(NameKey.Of(name));

    /// <summary>Whether the name is a generic word, without allocating for an ASCII name.</summary>
    /// <param name="name">A surface form.</param>
    public bool Contains(ReadOnlySpan<char> name) => TryContainsAscii(name, out var found) ? found : ContainsKey(NameKey.Of(name.ToString()));

    /// <summary>Looks an ASCII name up by its key written on the stack; false for other names.</summary>
    private bool TryContainsAscii(ReadOnlySpan<char> name, out bool found)
    {
        Span<char> key = stackalloc char[StackKeyLength];
        var ascii = NameKey.TryWriteAscii(name, key, out var length);
        found = ascii && _spanKeys.Contains(key[..length]);
        return ascii;
    }

    /// <summary>Whether the name with this <see cref="NameKey"/> is a generic word.</summary>
    /// <param name="key">A name key.</param>
    public bool ContainsKey(string key) => _keys.Contains(key);

    /// <summary>Reads stoplist lines.</summary>
    /// <param name="readers">The files' text.</param>
    public static Stoplist Parse(IEnumerable<TextReader> readers)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reader in readers)
        {
            while (reader.ReadLine() is { } line)
            {
                var word = line.Trim();
                if (word.Length > 0 && !word.StartsWith('#'))
                {
                    keys.Add(NameKey.Of(word));
                }
            }
        }

        return new Stoplist(keys);
    }
}
