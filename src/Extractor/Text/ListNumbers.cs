namespace Digest.Extractor.Text;

/// <summary>The list number or bullet a digest line may open with (<c>1)</c>, <c>（2）</c>, <c>3.</c>, <c>-</c>, <c>•</c>).</summary>
internal static class ListNumbers
{
    private const string Marks = "()（）.、-•*";

    /// <summary>Where a text's content starts, after white space and any list number or bullet.</summary>
    /// <param name="text">A sentence, plain or marked, or a part of one.</param>
    public static int ContentStart(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || char.IsAsciiDigit(text[start]) || Marks.Contains(text[start])))
        {
            start++;
        }

        return start;
    }
}
