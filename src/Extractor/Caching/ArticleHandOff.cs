using Digest.Extractor.Model;

namespace Digest.Extractor.Caching;

/// <summary>
/// Articles handed out once each, by position, and let go of as they are taken: an extraction that folds its results
/// up one by one then holds only the bodies not yet extracted, not every body until the last article is done.
/// </summary>
/// <param name="articles">The articles, in input order; the hand-off keeps its own references, so the caller should drop the list.</param>
public sealed class ArticleHandOff(IEnumerable<Article> articles)
{
    private readonly Article?[] _articles = [.. articles];

    /// <summary>How many articles there are (taken or not).</summary>
    public int Count => _articles.Length;

    /// <summary>Takes an article; the hand-off no longer refers to it. Thread-safe.</summary>
    /// <param name="index">Its position.</param>
    /// <exception cref="InvalidOperationException">It was taken already.</exception>
    public Article Take(int index) =>
        Interlocked.Exchange(ref _articles[index], null) ?? throw new InvalidOperationException($"article {index} was taken already");

    /// <summary>An article not taken yet, left in place. Thread-safe.</summary>
    /// <param name="index">Its position.</param>
    /// <exception cref="InvalidOperationException">It was taken already.</exception>
    public Article Peek(int index) =>
        Volatile.Read(ref _articles[index]) ?? throw new InvalidOperationException($"article {index} was taken already");
}
