using Digest.Extractor.Text;

namespace Digest.Extractor.Knowledge;

/// <summary>Generic words that are never entities (模型, 方法, baseline …): one per line, <c>#</c> comments.</summary>
public sealed class Stoplist
{
    private readonly HashSet<string> _keys;

    private Stoplist(HashSet<string> keys) => _keys = keys;

    /// <summary>Whether the name is a generic word.</summary>
    /// <param name="name">A surface form.</param>
    public bool Contains(string name) => ContainsKey(NameKey.Of(name));

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
