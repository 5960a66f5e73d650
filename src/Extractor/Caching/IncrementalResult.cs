using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>What an <see cref="IncrementalExtractor"/> run gave.</summary>
/// <param name="Extractions">One extraction per article, in input order.</param>
/// <param name="FromCache">How many were decoded from the cache rather than extracted.</param>
/// <param name="Cache">The cache to save for the next build.</param>
/// <param name="LexiconChange">How the lexicon changed since the cache used was made (none without one).</param>
public sealed record IncrementalResult(IReadOnlyList<ArticleExtraction> Extractions, int FromCache, ExtractionCache Cache, LexiconChange LexiconChange);
