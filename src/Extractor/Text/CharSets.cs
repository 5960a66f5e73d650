namespace Digest.Extractor.Text;

/// <summary>Character sets spelled out, for building <see cref="System.Buffers.SearchValues{T}"/>.</summary>
internal static class CharSets
{
    /// <summary>The white-space characters (those <c>\s</c> matches).</summary>
    public static IEnumerable<char> WhiteSpace() => Range(char.MinValue, char.MaxValue).Where(char.IsWhiteSpace);

    /// <summary>Whether a character is a Chinese one (the CJK Unified Ideographs block).</summary>
    /// <param name="c">The character.</param>
    public static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

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
