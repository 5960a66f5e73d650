namespace Digest.Extractor.Reading;

/// <summary>
/// Cuts a file's text into trimmed lines and joins lines back into article bodies. Lines are slices of the one decoded
/// text, so reading a file allocates its text once and each article's body once, not a string per line besides.
/// </summary>
internal static class SourceLines
{
    /// <summary>The lines of a text split at <c>\n</c> (a line's <c>\r</c> is trimmed with its other white space).</summary>
    public static List<SourceLine> Of(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            lines.Add(new SourceLine(lines.Count + 1, text.AsMemory(start, length).Trim()));
            if (end < 0)
            {
                return lines;
            }

            start = end + 1;
        }
    }

    /// <summary>The texts of lines joined by <c>\n</c>, as one string.</summary>
    public static string Join(IReadOnlyList<ReadOnlyMemory<char>> lines)
    {
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        var length = lines.Count - 1;
        foreach (var line in lines)
        {
            length += line.Length;
        }

        return string.Create(length, lines, static (target, parts) =>
        {
            var at = 0;
            for (var i = 0; i < parts.Count; i++)
            {
                if (i > 0)
                {
                    target[at++] = '\n';
                }

                parts[i].Span.CopyTo(target[at..]);
                at += parts[i].Length;
            }
        });
    }
}
