namespace Digest.Extractor.Text;

/// <summary>Which of some words a text opens with, spaces aside: what follows a name says what it is (<c>等人</c>, <c>是一个</c>).</summary>
public static class OpeningWords
{
    /// <summary>The first of the words that the text opens with after its leading spaces, or null.</summary>
    /// <param name="text">The text, such as what follows a name.</param>
    /// <param name="words">The words, in the order to try them.</param>
    public static string? Find(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        text = text.TrimStart(' ');
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }
}
