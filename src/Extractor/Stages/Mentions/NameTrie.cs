namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// A case-insensitive character trie over names, for one-pass longest-match lookup. Stored flat
/// (per node a sorted run of edge labels and targets) rather than as a dictionary per node, so
/// a lexicon of many thousand names stays small in memory and quick to walk.
/// </summary>
internal sealed class NameTrie
{
    private readonly int[] _edgeStart;
    private readonly char[] _labels;
    private readonly int[] _targets;
    private readonly bool[] _isEnd;

    /// <summary>For each text character, one more than the node its lower case leads to from the root (0: none), to skip the root's search.</summary>
    private readonly int[] _fromRoot = new int[char.MaxValue + 1];

    public NameTrie(IEnumerable<string> names)
    {
        var edges = new Dictionary<(int Node, char Label), int>();
        var isEnd = new List<bool> { false };
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                continue;
            }

            var node = 0;
            foreach (var c in name)
            {
                var key = (node, char.ToLowerInvariant(c));
                if (!edges.TryGetValue(key, out var child))
                {
                    child = isEnd.Count;
                    isEnd.Add(false);
                    edges[key] = child;
                }

                node = child;
            }

            isEnd[node] = true;
        }

        var sorted = edges.OrderBy(e => e.Key.Node).ThenBy(e => e.Key.Label).ToArray();
        _edgeStart = new int[isEnd.Count + 1];
        _labels = new char[sorted.Length];
        _targets = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            _labels[i] = sorted[i].Key.Label;
            _targets[i] = sorted[i].Value;
            _edgeStart[sorted[i].Key.Node + 1]++;
        }

        for (var n = 1; n < _edgeStart.Length; n++)
        {
            _edgeStart[n] += _edgeStart[n - 1];
        }

        _isEnd = [.. isEnd];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var index = _labels.AsSpan(0, _edgeStart[1]).BinarySearch(char.ToLowerInvariant((char)c));
            if (index >= 0)
            {
                _fromRoot[c] = _targets[index] + 1;
            }
        }
    }

    /// <summary>
    /// Whether a name can start with the character (any case): other positions can be skipped.
    /// A table read: the lexicon's names start with thousands of CJK characters, and a set search
    /// for those is slower than reading every character.
    /// </summary>
    /// <param name="c">A text character.</param>
    public bool CanStart(char c) => _fromRoot[c] != 0;

    /// <summary>The length of the longest name that starts at <paramref name="start"/>, or 0.</summary>
    public int LongestMatch(string text, int start)
    {
        if (start >= text.Length || _fromRoot[text[start]] == 0)
        {
            return 0;
        }

        var node = _fromRoot[text[start]] - 1;
        var best = _isEnd[node] ? 1 : 0;
        for (var i = start + 1; i < text.Length; i++)
        {
            var from = _edgeStart[node];
            var index = _labels.AsSpan(from, _edgeStart[node + 1] - from).BinarySearch(char.ToLowerInvariant(text[i]));
            if (index < 0)
            {
                break;
            }

            node = _targets[from + index];
            if (_isEnd[node])
            {
                best = i - start + 1;
            }
        }

        return best;
    }
}
