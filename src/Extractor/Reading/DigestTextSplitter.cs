namespace Digest.Extractor.Reading;

/// <summary>
/// Splits a <c>.txt</c> digest into articles (SCHEMA.md, "Input"): where titles are printed
/// twice (<c>TT</c>), each doubled line starts an article and the lines up to the next one are
/// its body; otherwise blank lines separate articles and a block's first line is its title
/// (a single-article file is one block).
/// </summary>
internal static class DigestTextSplitter
{
    /// <summary>Shorter doubled lines (such as <c>哈哈</c>) are ordinary text, not titles.</summary>
    private const int MinimumTitleLength = 2;

    public static IEnumerable<RawArticle> Split(IReadOnlyList<SourceLine> lines)
    {
        return lines.Any(l => TryHalveDoubledTitle(l.Text, out _)) ? SplitAtDoubledTitles(lines) : SplitAtBlankLines(lines);
    }

    /// <summary>Whether the line is a title printed twice with nothing between; gives the title.</summary>
    public static bool TryHalveDoubledTitle(string line, out string title)
    {
        var found = TryHalveDoubledTitle(line.AsMemory(), out var half);
        title = found ? half.ToString() : string.Empty;
        return found;
    }

    /// <summary>Whether the line is a title printed twice with nothing between; gives the title as a slice of the line.</summary>
    private static bool TryHalveDoubledTitle(ReadOnlyMemory<char> line, out ReadOnlyMemory<char> title)
    {
        title = ReadOnlyMemory<char>.Empty;
        if (line.Length < 2 * MinimumTitleLength || line.Length % 2 != 0)
        {
            return false;
        }

        var half = line.Length / 2;
        if (!line.Span[..half].SequenceEqual(line.Span[half..]))
        {
            return false;
        }

        title = line[..half].Trim();
        return title.Length >= MinimumTitleLength;
    }

    private static IEnumerable<RawArticle> SplitAtDoubledTitles(IReadOnlyList<SourceLine> lines)
    {
        string? title = null;
        var titleLine = 0;
        var body = new List<ReadOnlyMemory<char>>();
        foreach (var line in lines)
        {
            if (TryHalveDoubledTitle(line.Text, out var next))
            {
                if (title is not null)
                {
                    yield return new RawArticle(title, SourceLines.Join(body), titleLine);
                }

                title = next.ToString();
                titleLine = line.Number;
                body.Clear();
            }
            else if (!line.IsBlank && title is not null)
            {
                body.Add(line.Text);
            }
        }

        if (title is not null)
        {
            yield return new RawArticle(title, SourceLines.Join(body), titleLine);
        }
    }

    /// <summary>Blocks separated by blank lines; a block of one line is a title whose body is the next block.</summary>
    private static IEnumerable<RawArticle> SplitAtBlankLines(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<List<SourceLine>> { new() };
        foreach (var line in lines)
        {
            if (!line.IsBlank)
            {
                blocks[^1].Add(line);
            }
            else if (blocks[^1].Count > 0)
            {
                blocks.Add([]);
            }
        }

        blocks.RemoveAll(b => b.Count == 0);
        for (var i = 0; i < blocks.Count; i++)
        {
            var title = blocks[i][0];
            var body = blocks[i].Skip(1).ToList();
            if (body.Count == 0 && i + 1 < blocks.Count)
            {
                body = blocks[++i];
            }

            yield return new RawArticle(title.Text.ToString(), SourceLines.Join(body.ConvertAll(l => l.Text)), title.Number);
        }
    }
}
