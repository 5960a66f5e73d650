namespace Digest.Extractor.Building;

/// <summary>
/// Disjoint sets over name keys, numbered as they are first seen so the sets live in int arrays
/// instead of string dictionaries; the representative of a set is its ordinally smallest key, so
/// results never depend on the order of unions.
/// </summary>
internal sealed class KeySets
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<int> _parent = [];

    /// <summary>The number of distinct keys seen.</summary>
    public int Count => _keys.Count;

    /// <summary>The key with this number.</summary>
    /// <param name="number">The key's number.</param>
    public string Key(int number) => _keys[number];

    /// <summary>The number of a key, adding it as a set of its own when new.</summary>
    /// <param name="key">The key.</param>
    public int Add(string key)
    {
        if (!_numbers.TryGetValue(key, out var number))
        {
            number = _keys.Count;
            _numbers.Add(key, number);
            _keys.Add(key);
            _parent.Add(number);
        }

        return number;
    }

    /// <summary>The number of a key already added.</summary>
    /// <param name="key">The key.</param>
    public int NumberOf(string key) => _numbers[key];

    /// <summary>The representative of a key's set (by number), shortening the path on the way.</summary>
    /// <param name="number">The key's number.</param>
    public int Find(int number)
    {
        var root = number;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[number] != root)
        {
            (number, _parent[number]) = (_parent[number], root);
        }

        return root;
    }

    /// <summary>Joins the sets of two keys (by number).</summary>
    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return;
        }

        if (string.CompareOrdinal(_keys[ra], _keys[rb]) < 0)
        {
            _parent[rb] = ra;
        }
        else
        {
            _parent[ra] = rb;
        }
    }
}
