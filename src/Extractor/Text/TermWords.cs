namespace Digest.Extractor.Text;

/// <summary>
/// The Chinese words (<c>term-words.txt</c>) in which a character that alone ends a term does not (路由, 对齐, 对抗):
/// a stage that reads a term back to such a character asks whether it stands inside one of them.
/// </summary>
public sealed class TermWords
{
    private readonly Dictionary<char, List<(string Word, int Offset)>> _byCharacter = [];

    /// <summary>Indexes the words by each of their characters.</summary>
    /// <param name="words">The words.</param>
    public TermWords(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            for (var offset = 0; offset < word.Length; offset++)
            {
                if (!_byCharacter.TryGetValue(word[offset], out var list))
                {
                    _byCharacter[word[offset]] = list = [];
                }

                list.Add((word, offset));
            }
        }
    }

    /// <summary>No words: every boundary character ends a term.</summary>
    public static TermWords Empty { get; } = new([]);

    /// <summary>Whether the character at <paramref name="at"/> is part of one of the words in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="at">A position in it.</param>
    public bool Covers(ReadOnlySpan<char> text, int at)
    {
        if (!_byCharacter.TryGetValue(text[at], out var words))
        {
            return false;
        }

        foreach (var (word, offset) in words)
        {
            var start = at - offset;
            if (start >= 0 && start + word.Length <= text.Length && text.Slice(start, word.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
