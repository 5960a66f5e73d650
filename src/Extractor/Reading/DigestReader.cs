using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Digest.Extractor.Model;
using Digest.Extractor.Text;

namespace Digest.Extractor.Reading;

/// <summary>
/// Reads digest files (<c>.txt</c> digests, single-article <c>.txt</c>, <c>.md</c>) and folders
/// of them into articles with stable ids (SCHEMA.md, "Input").
/// </summary>
public sealed class DigestReader
{
    private static readonly string[] TruncationMarkers = ["[...]", "[…]", "［...］"];
    private static readonly string[] CategoryPrefixes = ["Category:", "Category："];

    /// <summary>Reads every file named, and every <c>.txt</c>/<c>.md</c> file below every folder named.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <returns>The articles, warnings and files read.</returns>
    /// <exception cref="DigestInputException">A path is missing, a folder holds nothing readable, or a file is not UTF-8 text.</exception>
    public ReadResult Read(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(ExpandPath).ToList();
        var articles = new List<Article>();
        var warnings = new List<ReadWarning>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        foreach (var file in files)
        {
            var (text, length) = ReadText(file);
            bytes += length;
            foreach (var article in ReadFile(file, text, warnings))
            {
                articles.Add(article with { Id = UniqueId(article.Id, ids) });
            }
        }

        return new ReadResult(articles, warnings, files, bytes);
    }

    /// <summary>Splits one file's text into articles.</summary>
    /// <param name="path">The file's path (its name becomes the articles' source).</param>
    /// <param name="text">The file's text.</param>
    /// <param name="warnings">Receives skipped articles.</param>
    /// <returns>The articles, with ids not yet made unique across files.</returns>
    internal static IEnumerable<Article> ReadFile(string path, string text, List<ReadWarning> warnings)
    {
        var lines = SourceLines.Of(text);
        var category = TakeCategory(lines);
        var raw = Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase)
            ? MarkdownSplitter.Split(lines)
            : DigestTextSplitter.Split(lines);
        var source = Path.GetFileName(path);
        foreach (var article in raw)
        {
            var (body, truncated) = StripTruncation(article.Body);
            if (body.Length == 0)
            {
                warnings.Add(new ReadWarning(path, article.Line, $"article \"{article.Title}\" has no body; skipped"));
                continue;
            }

            var title = LatexSuperscripts.Render(article.Title);
            yield return new Article("article:" + Slug.Of(title), title, category, source, article.Line, LatexSuperscripts.Render(body), truncated);
        }
    }

    private static string? TakeCategory(List<SourceLine> lines)
    {
        var first = lines.FindIndex(l => !l.IsBlank);
        if (first < 0)
        {
            return null;
        }

        foreach (var prefix in CategoryPrefixes)
        {
            if (lines[first].Text.Span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var category = lines[first].Text[prefix.Length..].Trim().ToString();
                lines[first] = lines[first] with { Text = ReadOnlyMemory<char>.Empty };
                return category.Length == 0 ? null : category;
            }
        }

        return null;
    }

    private static (string Body, bool Truncated) StripTruncation(string body)
    {
        var trimmed = body.TrimEnd();
        foreach (var marker in TruncationMarkers)
        {
            if (trimmed.EndsWith(marker, StringComparison.Ordinal))
            {
                return (trimmed[..^marker.Length].TrimEnd(), true);
            }
        }

        return (trimmed, false);
    }

    private static string UniqueId(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    private static IEnumerable<string> ExpandPath(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new DigestInputException(path, null, "no such file or folder");
        }

        var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files : throw new DigestInputException(path, null, "the folder holds no .txt or .md file");
    }

    /// <summary>A file's text and its size in bytes; the bytes are garbage once it returns, before the file is split.</summary>
    private static (string Text, long Bytes) ReadText(string file)
    {
        var content = File.ReadAllBytes(file);
        return (DecodeText(file, content), content.Length);
    }

    /// <summary>Decodes strict UTF-8 (a BOM is allowed); anything else is an error at its line.</summary>
    internal static string DecodeText(string path, ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        var nul = content.IndexOf((byte)0);
        if (nul < 0 && Utf8.IsValid(content))
        {
            // The common case decodes straight into the string: no pooled buffer the size of the file.
            return Encoding.UTF8.GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, content.Length));
        try
        {
            var status = Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done || nul >= 0)
            {
                var offset = nul >= 0 && (status == OperationStatus.Done || nul < read) ? nul : read;
                var line = content[..offset].Count((byte)'\n') + 1;
                throw new DigestInputException(path, line, "not UTF-8 text (save it as UTF-8)");
            }

            return new string(chars, 0, written).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
