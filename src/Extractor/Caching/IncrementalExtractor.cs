using Digest.Extractor.Building;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>
/// Extracts articles through a cache: articles whose key is filed (under the same extractor
/// version) are decoded, unless a lexicon entry that changed since the cache was made reaches them
/// (<see cref="LexiconChange"/>); the rest run through the pipeline in parallel. The result is the
/// same as extracting everything, in input order; it also gives the cache to save for next time.
/// </summary>
/// <param name="pipeline">The pipeline for the articles not cached.</param>
/// <param name="version">The pipeline's <see cref="ExtractorVersion"/>.</param>
/// <param name="lexicon">The lexicon the pipeline uses.</param>
public sealed class IncrementalExtractor(ExtractionPipeline pipeline, string version, LexiconSnapshot lexicon)
{
    /// <summary>Extracts every article.</summary>
    /// <param name="articles">The articles, in input order.</param>
    /// <param name="previous">The last build's cache, or null for a clean build; ignored when its version differs.</param>
    /// <param name="maxDegreeOfParallelism">Threads; 0 or less means all cores.</param>
    /// <param name="progress">Receives the number of articles extracted (not counting cache hits), now and then.</param>
    /// <returns>The extractions, how many came from the cache, and the cache of this build.</returns>
    public IncrementalResult Extract(IReadOnlyList<Article> articles, ExtractionCache? previous, int maxDegreeOfParallelism = 0, IProgress<int>? progress = null) =>
        Extract(articles, ArticleKey.OfAll(articles), previous, maxDegreeOfParallelism, progress);

    /// <summary>Extracts every article, given their keys (a caller that already hashed them).</summary>
    /// <param name="articles">The articles, in input order.</param>
    /// <param name="keys">The <see cref="ArticleKey"/> of each article, in the same order.</param>
    /// <param name="previous">The last build's cache, or null for a clean build; ignored when its version differs.</param>
    /// <param name="maxDegreeOfParallelism">Threads; 0 or less means all cores.</param>
    /// <param name="progress">Receives the number of articles extracted (not counting cache hits), now and then.</param>
    /// <returns>The extractions, how many came from the cache, and the cache of this build.</returns>
    public IncrementalResult Extract(IReadOnlyList<Article> articles, IReadOnlyList<UInt128> keys, ExtractionCache? previous, int maxDegreeOfParallelism = 0, IProgress<int>? progress = null)
    {
        var results = new List<ArticleExtraction>(articles.Count);
        var (fromCache, cache, change) = Run(new ArticleHandOff(articles), keys, previous, ExtractionCodec.Decode, x => x, results.Add, maxDegreeOfParallelism, progress);
        return new IncrementalResult(results, fromCache, cache, change);
    }

    /// <summary>
    /// Extracts every article and hands what the graph builder takes of each to <paramref name="consume"/> in input
    /// order (whatever the thread count) as soon as those before it are done, so a caller that folds them up never
    /// holds them all; each article is taken from <paramref name="articles"/> as its extraction starts. A cached
    /// article is decoded straight into the builder's input (<see cref="ExtractionCodec.DecodeForMerge"/>).
    /// </summary>
    /// <param name="articles">The articles, in input order.</param>
    /// <param name="keys">The <see cref="ArticleKey"/> of each article, in the same order.</param>
    /// <param name="previous">The last build's cache, or null for a clean build; ignored when its version differs.</param>
    /// <param name="consume">Receives each article's merge input, in input order, on one thread at a time.</param>
    /// <param name="maxDegreeOfParallelism">Threads; 0 or less means all cores.</param>
    /// <param name="progress">Receives the number of articles extracted (not counting cache hits), now and then.</param>
    /// <returns>How many came from the cache, the cache of this build, and how the lexicon changed since the last.</returns>
    public (int FromCache, ExtractionCache Cache, LexiconChange LexiconChange) Extract(
        ArticleHandOff articles, IReadOnlyList<UInt128> keys, ExtractionCache? previous, Action<MergeInput> consume, int maxDegreeOfParallelism = 0, IProgress<int>? progress = null) =>
        Run(articles, keys, previous, (article, payload) => ExtractionCodec.DecodeForMerge(article, payload), MergeInput.Of, consume, maxDegreeOfParallelism, progress);

    /// <summary>The extraction, with what each article gives made by <paramref name="decode"/> (a cache hit) or <paramref name="convert"/> (an extraction).</summary>
    private (int FromCache, ExtractionCache Cache, LexiconChange LexiconChange) Run<T>(
        ArticleHandOff articles,
        IReadOnlyList<UInt128> keys,
        ExtractionCache? previous,
        Func<Article, ArraySegment<byte>, T> decode,
        Func<ArticleExtraction, T> convert,
        Action<T> consume,
        int maxDegreeOfParallelism,
        IProgress<int>? progress)
        where T : class
    {
        var usable = previous is not null && previous.Version == version ? previous : null;
        var change = usable is null ? LexiconChange.None : LexiconSnapshot.Between(usable.Lexicon, lexicon);
        if (change.ReachesEveryArticle)
        {
            usable = null;
        }

        var payloads = new CachedPayload[articles.Count];
        var fromCache = 0;
        var extracted = 0;
        OrderedParallel.Run(
            articles.Count,
            maxDegreeOfParallelism,
            i =>
            {
                var article = articles.Take(i);
                if (usable is not null && usable.TryGetPayload(keys[i], out var payload) && !change.Reaches(article)
                    && TryDecode(decode, article, payload, out var cached))
                {
                    payloads[i] = payload;
                    Interlocked.Increment(ref fromCache);
                    return cached;
                }

                var extraction = pipeline.Extract(article);
                payloads[i] = CachedPayload.InMemory(ExtractionCodec.Encode(extraction));
                var count = Interlocked.Increment(ref extracted);
                if (progress is not null && count % 256 == 0)
                {
                    progress.Report(count);
                }

                return convert(extraction);
            },
            (_, item) => consume(item));
        progress?.Report(extracted);
        return (fromCache, ExtractionCache.From(version, lexicon, keys.Select((key, i) => (key, payloads[i]))), change);
    }

    /// <summary>A payload that does not decode is treated as a miss: the cache is never trusted blindly.</summary>
    private static bool TryDecode<T>(Func<Article, ArraySegment<byte>, T> decode, Article article, CachedPayload payload, out T decoded)
    {
        try
        {
            decoded = payload.Decode(bytes => decode(article, bytes));
            return true;
        }
        catch (InvalidDataException)
        {
            decoded = default!;
            return false;
        }
    }
}
