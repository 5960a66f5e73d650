using Digest.Extractor.Building;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>
/// An incremental extraction in steps. <see cref="IncrementalExtractor.Prepare"/> finds the articles the last build's
/// cache can give; when there is a cache to use, <see cref="ExtractAhead"/> extracts the rest right away, so the
/// <see cref="MergeHashes"/> of every article are known before any cached article is decoded, and a build whose edits
/// give the merge what it had last time can stop there. <see cref="Feed{T}"/> then hands every article's result over
/// in input order, decoding the cached ones and extracting whatever is left (everything, without a cache).
/// </summary>
public sealed class PreparedExtraction
{
    private readonly ExtractionPipeline _pipeline;
    private readonly string _version;
    private readonly LexiconSnapshot _lexicon;
    private readonly ArticleHandOff _articles;
    private readonly IReadOnlyList<UInt128> _keys;
    private readonly CachedPayload[] _payloads;
    private readonly bool[] _known;
    private readonly bool[] _extractedAhead;
    private readonly int _threads;
    private int[] _ahead = [];
    private int _fromCache;
    private int _extracted;
    private bool _fed;
    private bool _ranAhead;

    internal PreparedExtraction(
        ExtractionPipeline pipeline, string version, LexiconSnapshot lexicon, ArticleHandOff articles, IReadOnlyList<UInt128> keys, LexiconChange change, int threads)
    {
        _pipeline = pipeline;
        _version = version;
        _lexicon = lexicon;
        _articles = articles;
        _keys = keys;
        LexiconChange = change;
        _threads = threads;
        _payloads = new CachedPayload[articles.Count];
        _known = new bool[articles.Count];
        _extractedAhead = new bool[articles.Count];
    }

    /// <summary>How the lexicon changed since the cache was made (<see cref="LexiconChange.None"/> without a usable cache).</summary>
    public LexiconChange LexiconChange { get; }

    /// <summary>How many articles come from the cache.</summary>
    public int FromCache => _fromCache;

    /// <summary>How many articles <see cref="ExtractAhead"/> extracts: those a usable cache could not give (none without one).</summary>
    public int ToExtractAhead => _ahead.Length;

    /// <summary>Whether every article's merge input hash is known: with a usable cache after <see cref="ExtractAhead"/>, or after <see cref="Feed{T}"/>.</summary>
    public bool HasMergeHashes => Array.TrueForAll(_known, known => known);

    /// <summary>The <see cref="MergeInputHash"/> of each article, in input order.</summary>
    /// <exception cref="InvalidOperationException">Some are not known yet (see <see cref="HasMergeHashes"/>).</exception>
    public UInt128[] MergeHashes()
    {
        ThrowUnlessKnown();
        return Array.ConvertAll(_payloads, payload => payload.MergeHash);
    }

    /// <summary>What the merge takes of one article, decoded from its payload.</summary>
    /// <param name="index">The article's position in the input.</param>
    /// <exception cref="InvalidOperationException">It is not extracted yet.</exception>
    /// <exception cref="InvalidDataException">Its cached payload is malformed.</exception>
    public MergeInput MergeInputOf(int index)
    {
        if (!_known[index])
        {
            throw new InvalidOperationException("the article is not extracted yet");
        }

        var article = _articles.Peek(index);
        return _payloads[index].Decode(bytes => ExtractionCodec.DecodeForMerge(article, bytes));
    }

    /// <summary>The cache of this build, to save for the next.</summary>
    /// <exception cref="InvalidOperationException">Some articles are not extracted yet (see <see cref="HasMergeHashes"/>).</exception>
    public ExtractionCache Cache()
    {
        ThrowUnlessKnown();
        return ExtractionCache.From(_version, _lexicon, _keys.Select((key, i) => (key, _payloads[i])));
    }

    /// <summary>
    /// Hands each article's result to <paramref name="consume"/> in input order (whatever the thread count), as soon as
    /// those before it are done, so a caller that folds them up never holds them all. Runs once.
    /// </summary>
    /// <typeparam name="T">What each article gives.</typeparam>
    /// <param name="decode">Decodes a payload for its article.</param>
    /// <param name="convert">Turns a fresh extraction into what the article gives.</param>
    /// <param name="consume">Receives each article's result, in input order, on one thread at a time.</param>
    /// <param name="progress">Receives the number of articles extracted so far (not counting cache hits), now and then.</param>
    /// <exception cref="InvalidOperationException">It ran already.</exception>
    public void Feed<T>(Func<Article, ArraySegment<byte>, T> decode, Func<ArticleExtraction, T> convert, Action<T> consume, IProgress<int>? progress = null)
        where T : class
    {
        if (_fed)
        {
            throw new InvalidOperationException("the prepared extraction was fed already");
        }

        _fed = true;
        OrderedParallel.Run(
            _articles.Count,
            _threads,
            i =>
            {
                var article = _articles.Take(i);
                if (_extractedAhead[i])
                {
                    return _payloads[i].Decode(bytes => decode(article, bytes));
                }

                if (_known[i] && TryDecode(decode, article, _payloads[i], out var cached))
                {
                    return cached;
                }

                if (_known[i])
                {
                    // A payload that does not decode is extracted again: the cache is never trusted blindly.
                    Interlocked.Decrement(ref _fromCache);
                }

                return convert(ExtractInto(i, article, progress));
            },
            (_, item) => consume(item));
        progress?.Report(_extracted);
    }

    /// <summary>
    /// Extracts the articles the cache cannot give (<see cref="ToExtractAhead"/>), in parallel, so that every article's
    /// merge input hash is known before any is fed. Runs once; <see cref="Feed{T}"/> extracts any it did not.
    /// </summary>
    /// <param name="progress">Receives the number of articles extracted so far, now and then.</param>
    /// <exception cref="InvalidOperationException">It ran already, or the extraction was fed.</exception>
    public void ExtractAhead(IProgress<int>? progress = null)
    {
        if (_fed || _ranAhead)
        {
            throw new InvalidOperationException("the articles were extracted already");
        }

        _ranAhead = true;

        Parallel.ForEach(_ahead, new ParallelOptions { MaxDegreeOfParallelism = _threads > 0 ? _threads : Environment.ProcessorCount }, i =>
        {
            // The article stays in the hand-off, to be taken in input order with the rest.
            ExtractInto(i, _articles.Peek(i), progress);
            _extractedAhead[i] = true;
        });
        progress?.Report(_extracted);
    }

    /// <summary>Files the payload of every article the cache gives, and notes the others to extract ahead (see <see cref="IncrementalExtractor.Prepare"/>).</summary>
    /// <param name="cache">The last build's cache, of this extractor version.</param>
    internal void SortByCache(ExtractionCache cache)
    {
        Parallel.For(0, _articles.Count, new ParallelOptions { MaxDegreeOfParallelism = _threads > 0 ? _threads : Environment.ProcessorCount }, i =>
        {
            if (cache.TryGetPayload(_keys[i], out var payload) && !LexiconChange.Reaches(_articles.Peek(i)))
            {
                _payloads[i] = payload;
                _known[i] = true;
                Interlocked.Increment(ref _fromCache);
            }
        });
        _ahead = [.. Enumerable.Range(0, _articles.Count).Where(i => !_known[i])];
    }

    /// <summary>Extracts one article and files its payload and merge input hash.</summary>
    private ArticleExtraction ExtractInto(int index, Article article, IProgress<int>? progress)
    {
        var extraction = _pipeline.Extract(article);
        _payloads[index] = CachedPayload.InMemory(ExtractionCodec.Encode(extraction), MergeInputHash.Of(MergeInput.Of(extraction)));
        _known[index] = true;
        var count = Interlocked.Increment(ref _extracted);
        if (progress is not null && count % 256 == 0)
        {
            progress.Report(count);
        }

        return extraction;
    }

    private void ThrowUnlessKnown()
    {
        if (!HasMergeHashes)
        {
            throw new InvalidOperationException("some articles are not extracted yet");
        }
    }

    /// <summary>A payload that does not decode is treated as a miss.</summary>
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
