using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>
/// Extracts articles through a cache: articles whose key is filed (under the same extractor
/// version) are decoded, unless a lexicon entry that changed since the cache was made reaches them
/// (<see cref="LexiconChange"/>); the rest run through the pipeline in parallel. The result is the
/// same as extracting everything, in input order; it also gives the cache to save for next time.
/// A build runs it in steps (<see cref="Prepare"/>, <see cref="PreparedExtraction.ExtractAhead"/>, then <see cref="PreparedExtraction.Feed{T}"/>).
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
        var prepared = Prepare(new ArticleHandOff(articles), keys, previous, maxDegreeOfParallelism);
        prepared.ExtractAhead(progress);
        var results = new List<ArticleExtraction>(articles.Count);
        prepared.Feed(ExtractionCodec.Decode, x => x, results.Add, progress);
        return new IncrementalResult(results, prepared.FromCache, prepared.Cache(), prepared.LexiconChange);
    }

    /// <summary>
    /// Starts an extraction: finds what the cache can give, and which articles to extract ahead of the rest
    /// (<see cref="PreparedExtraction.ExtractAhead"/>) when there is a usable cache. An article the cache holds is
    /// extracted again only when a lexicon entry that changed since reaches it (<see cref="LexiconChange"/>). Each
    /// article is taken from <paramref name="articles"/> when it is fed.
    /// </summary>
    /// <param name="articles">The articles, in input order.</param>
    /// <param name="keys">The <see cref="ArticleKey"/> of each article, in the same order.</param>
    /// <param name="previous">The last build's cache, or null for a clean build; ignored when its version differs.</param>
    /// <param name="maxDegreeOfParallelism">Threads; 0 or less means all cores.</param>
    /// <returns>The extraction, to extract ahead and feed (<see cref="PreparedExtraction.Feed{T}"/>).</returns>
    public PreparedExtraction Prepare(ArticleHandOff articles, IReadOnlyList<UInt128> keys, ExtractionCache? previous, int maxDegreeOfParallelism = 0)
    {
        var usable = previous is not null && previous.Version == version ? previous : null;
        var change = usable is null ? LexiconChange.None : LexiconSnapshot.Between(usable.Lexicon, lexicon);
        var prepared = new PreparedExtraction(pipeline, version, lexicon, articles, keys, change, maxDegreeOfParallelism);
        if (usable is not null && !change.ReachesEveryArticle)
        {
            prepared.SortByCache(usable);
        }

        return prepared;
    }
}
