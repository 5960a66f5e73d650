namespace Digest.Extractor.Stages.Resolution;

/// <summary>Disjoint sets over strings; the representative of a set is its ordinally smallest member, so results never depend on order.</summary>
internal sealed class UnionFind
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    public void Add(string item) => _parent.TryAdd(item, item);

    public string Find(string item)
    {
        Add(item);
        var root = item;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[item] != root)
        {
            (item, _parent[item]) = (_parent[item], root);
        }

        return root;
    }

    public void Union(string a, string b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            if (string.CompareOrdinal(ra, rb) < 0)
            {
                _parent[rb] = ra;
            }
            else
            {
                _parent[ra] = rb;
            }
        }
    }

    public IEnumerable<string> Items => _parent.Keys;
}
