namespace Digest.Extractor.Text;

/// <summary>Character sets spelled out, for building <see cref="System.Buffers.SearchValues{T}"/>.</summary>
internal static class CharSets
{
    /// <summary>The white-space characters (those <c>\s</c> matches).</summary>
    public static IEnumerable<char> WhiteSpace() => Range(char.MinValue, char.MaxValue).Where(char.IsWhiteSpace);

    /// <summary>Whether a character is a Chinese one (the CJK Unified Ideographs block).</summary>
    /// <param name="c">The character.</param>
    public static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>
    /// Whether a character is a round bracket, half- or full-width, and if so how deep in brackets the text after it stands: one
    /// deeper after an opening one, one shallower after a closing one, never below none.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <param name="depth">How deep in brackets the text before the character stands; updated.</param>
    public static bool StepsBrackets(char c, ref int depth)
    {
        switch (c)
        {
            case '(' or '（':
                depth++;
                return true;
            case ')' or '）':
                depth = Math.Max(0, depth - 1);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The characters from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first.</param>
    /// <param name="last">The last.</param>
    public static IEnumerable<char> Range(char first, char last)
    {
        for (var c = first; ; c++)
        {
            yield return c;
            if (c == last)
            {
                yield break;
            }
        }
    }
}
