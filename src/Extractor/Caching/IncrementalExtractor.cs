using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>
/// Extracts articles through a cache: articles whose key is filed (under the same extractor
/// version) are decoded, the rest run through the pipeline in parallel. The result is the same
/// as extracting everything, in input order; it also gives the cache to save for next time.
/// </summary>
/// <param name="pipeline">The pipeline for the articles not cached.</param>
/// <param name="version">The pipeline's <see cref="ExtractorVersion"/>.</param>
public sealed class IncrementalExtractor(ExtractionPipeline pipeline, string version)
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
        var (fromCache, cache) = Extract(new ArticleHandOff(articles), keys, previous, results.Add, maxDegreeOfParallelism, progress);
        return new IncrementalResult(results, fromCache, cache);
    }

    /// <summary>
    /// Extracts every article and hands each extraction to <paramref name="consume"/> in input order (whatever the
    /// thread count) as soon as those before it are done, so a caller that folds them up never holds them all; each
    /// article is taken from <paramref name="articles"/> as its extraction starts.
    /// </summary>
    /// <param name="articles">The articles, in input order.</param>
    /// <param name="keys">The <see cref="ArticleKey"/> of each article, in the same order.</param>
    /// <param name="previous">The last build's cache, or null for a clean build; ignored when its version differs.</param>
    /// <param name="consume">Receives each extraction, in input order, on one thread at a time.</param>
    /// <param name="maxDegreeOfParallelism">Threads; 0 or less means all cores.</param>
    /// <param name="progress">Receives the number of articles extracted (not counting cache hits), now and then.</param>
    /// <returns>How many came from the cache, and the cache of this build.</returns>
    public (int FromCache, ExtractionCache Cache) Extract(
        ArticleHandOff articles, IReadOnlyList<UInt128> keys, ExtractionCache? previous, Action<ArticleExtraction> consume, int maxDegreeOfParallelism = 0, IProgress<int>? progress = null)
    {
        var usable = previous is not null && previous.Version == version ? previous : null;
        var payloads = new ArraySegment<byte>[articles.Count];
        var fromCache = 0;
        var extracted = 0;
        OrderedParallel.Run(
            articles.Count,
            maxDegreeOfParallelism,
            i =>
            {
                var article = articles.Take(i);
                if (usable is not null && usable.TryGetPayload(keys[i], out var payload) && TryDecode(article, payload, out var cached))
                {
                    payloads[i] = payload;
                    Interlocked.Increment(ref fromCache);
                    return cached;
                }

                var extraction = pipeline.Extract(article);
                payloads[i] = ExtractionCodec.Encode(extraction);
                var count = Interlocked.Increment(ref extracted);
                if (progress is not null && count % 256 == 0)
                {
                    progress.Report(count);
                }

                return extraction;
            },
            (_, extraction) => consume(extraction));
        progress?.Report(extracted);
        return (fromCache, ExtractionCache.From(version, keys.Select((key, i) => (key, payloads[i]))));
    }

    /// <summary>A payload that does not decode is treated as a miss: the cache is never trusted blindly.</summary>
    private static bool TryDecode(Article article, ArraySegment<byte> payload, out ArticleExtraction extraction)
    {
        try
        {
            extraction = ExtractionCodec.Decode(article, payload);
            return true;
        }
        catch (InvalidDataException)
        {
            extraction = null!;
            return false;
        }
    }
}
