namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Names for one-pass longest-match lookup, case-insensitive like <see cref="NameTrie"/> and
/// giving the same answers, but cheap to build: the lower-cased names sorted ordinally, searched
/// by narrowing the range of names that share the text's prefix one character at a time. For the
/// few dozen names of one article, where building a trie would cost more than the search.
/// </summary>
internal sealed class SortedNameSet
{
    /// <summary>Bits of the bitmap of first characters (a power of two); characters share bits modulo its size.</summary>
    private const int FirstBits = 4096;

    private readonly string[] _names;
    private readonly ulong[] _firsts = new ulong[FirstBits / 64];

    public SortedNameSet(IReadOnlyCollection<string> names)
    {
        var lowered = new string[names.Count];
        var count = 0;
        foreach (var name in names)
        {
            if (name.Length > 0)
            {
                lowered[count++] = Lower(name);
            }
        }

        Array.Resize(ref lowered, count);
        Array.Sort(lowered, StringComparer.Ordinal);
        _names = lowered;
        foreach (var name in _names)
        {
            var bit = name[0] & (FirstBits - 1);
            _firsts[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>The name in lower case; most names (Chinese terms) are already, and are kept as they are.</summary>
    private static string Lower(string name)
    {
        foreach (var c in name)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return string.Create(name.Length, name, static (span, source) =>
                {
                    for (var i = 0; i < span.Length; i++)
                    {
                        span[i] = char.ToLowerInvariant(source[i]);
                    }
                });
            }
        }

        return name;
    }

    /// <summary>The length of the longest name that starts at <paramref name="start"/>, or 0.</summary>
    public int LongestMatch(string text, int start)
    {
        var first = char.ToLowerInvariant(text[start]);
        var bit = first & (FirstBits - 1);
        if ((_firsts[bit >> 6] & (1UL << bit)) == 0)
        {
            return 0;
        }

        // Invariant: the names in [lo, hi) begin with the text's first `depth` characters; the
        // one of exactly that length, if any, sorts first.
        var lo = 0;
        var hi = _names.Length;
        var best = 0;
        for (var depth = 0; start + depth < text.Length; depth++)
        {
            var c = depth == 0 ? first : char.ToLowerInvariant(text[start + depth]);
            lo = FirstAtLeast(lo, hi, depth, c);
            hi = FirstAbove(lo, hi, depth, c);
            if (lo == hi)
            {
                break;
            }

            if (_names[lo].Length == depth + 1)
            {
                best = depth + 1;
            }
        }

        return best;
    }

    /// <summary>The first name in [lo, hi) longer than <paramref name="depth"/> whose character there is at least <paramref name="c"/>.</summary>
    private int FirstAtLeast(int lo, int hi, int depth, char c)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var name = _names[mid];
            if (name.Length > depth && name[depth] >= c)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>The first name in [lo, hi) (all longer than <paramref name="depth"/>) whose character there is above <paramref name="c"/>.</summary>
    private int FirstAbove(int lo, int hi, int depth, char c)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_names[mid][depth] > c)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
