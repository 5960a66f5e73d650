using Digest.Extractor.Caching;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// The articles of a build and what is derived from them before extraction (keys, summary line). It holds the articles
/// only until <see cref="TakeArticles"/> hands them to the extraction, so their text (about twice the input's size in
/// memory) can be collected while the graph is merged and exported. Callers keep this holder, not the list: a method
/// not yet optimised (tier 0) keeps every temporary it held alive until it returns.
/// </summary>
internal sealed class BuildInput
{
    private IReadOnlyList<Article>? _articles;

    private BuildInput(ReadResult read)
    {
        _articles = read.Articles;
        Count = read.Articles.Count;
        Keys = ArticleKey.OfAll(read.Articles);
        Lines = [.. read.Articles.Select(a => a.Line)];
        Summary = $"Read {read.Articles.Count} articles from {read.Files.Count} file(s) ({read.Bytes / 1024.0:0.#} KiB).";
    }

    /// <summary>How many articles were read.</summary>
    public int Count { get; }

    /// <summary>The <see cref="ArticleKey"/> of each article, in input order.</summary>
    public IReadOnlyList<UInt128> Keys { get; }

    /// <summary>The line of each article, in input order.</summary>
    public IReadOnlyList<int> Lines { get; }

    /// <summary>The line that says what was read.</summary>
    public string Summary { get; }

    /// <summary>Reads the inputs, writing a warning for each article skipped.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="error">Where warnings go.</param>
    /// <exception cref="DigestInputException">A path cannot be read.</exception>
    public static BuildInput Read(IEnumerable<string> paths, TextWriter error)
    {
        var read = new DigestReader().Read(paths);
        foreach (var warning in read.Warnings)
        {
            error.WriteLine("warning: " + warning);
        }

        return new BuildInput(read);
    }

    /// <summary>The fingerprint of the build's input (<see cref="BuildFingerprint.Of"/>).</summary>
    /// <param name="version">The extractor version.</param>
    /// <param name="files">The output files.</param>
    public string Fingerprint(string version, IEnumerable<string> files) => BuildFingerprint.Of(version, Keys, Lines, files);

    /// <summary>The fingerprint of the graph these articles give (<see cref="BuildFingerprint.OfGraph"/>).</summary>
    /// <param name="mergeHashes">The merge input hash of each article, in input order.</param>
    /// <param name="files">The output files written, in order.</param>
    public string GraphFingerprint(IReadOnlyList<UInt128> mergeHashes, IEnumerable<string> files) => BuildFingerprint.OfGraph(mergeHashes, Lines, files);

    /// <summary>Hands the articles over; the holder lets go of them, and the extraction of each as it takes it.</summary>
    /// <returns>The articles, in input order.</returns>
    public ArticleHandOff TakeArticles()
    {
        var articles = new ArticleHandOff(Articles());
        _articles = null;
        return articles;
    }

    private IReadOnlyList<Article> Articles() => _articles ?? throw new InvalidOperationException("the articles were handed to the extraction already");
}
