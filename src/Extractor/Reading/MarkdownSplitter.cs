namespace Digest.Extractor.Reading;

/// <summary>Splits a Markdown digest: each <c># Title</c> heading starts an article.</summary>
internal static class MarkdownSplitter
{
    public static IEnumerable<RawArticle> Split(IReadOnlyList<SourceLine> lines)
    {
        string? title = null;
        var titleLine = 0;
        var body = new List<ReadOnlyMemory<char>>();
        foreach (var line in lines)
        {
            if (line.Text.Span.StartsWith("# ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    yield return new RawArticle(title, SourceLines.Join(body), titleLine);
                }

                title = line.Text[2..].Trim().ToString();
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
}
