namespace Digest.Extractor.Stages.Mentions;

/// <summary>A case-insensitive character trie over names, for one-pass longest-match lookup.</summary>
internal sealed class NameTrie
{
    private readonly Node _root = new();

    public NameTrie(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var c in name)
            {
                var key = char.ToLowerInvariant(c);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new Node();
                    node.Children[key] = child;
                }

                node = child;
            }

            node.IsEnd = true;
        }
    }

    /// <summary>The length of the longest name that starts at <paramref name="start"/>, or 0.</summary>
    public int LongestMatch(string text, int start)
    {
        var node = _root;
        var best = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!node.Children.TryGetValue(char.ToLowerInvariant(text[i]), out node))
            {
                break;
            }

            if (node.IsEnd)
            {
                best = i - start + 1;
            }
        }

        return best;
    }

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public bool IsEnd { get; set; }
    }
}
