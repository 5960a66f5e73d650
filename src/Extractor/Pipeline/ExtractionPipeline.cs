using Digest.Extractor.Model;

namespace Digest.Extractor.Pipeline;

/// <summary>
/// An immutable, thread-safe, reusable sequence of stages (made by
/// <see cref="ExtractionPipelineBuilder"/>) that turns articles into extractions.
/// </summary>
public sealed class ExtractionPipeline
{
    internal ExtractionPipeline(IReadOnlyList<IExtractionStage> stages) => Stages = stages;

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IExtractionStage> Stages { get; }

    /// <summary>Runs every stage on one article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Its entities and relations.</returns>
    public ArticleExtraction Extract(Article article)
    {
        var context = new ArticleContext(article);
        foreach (var stage in Stages)
        {
            stage.Run(context);
        }

        return new ArticleExtraction(
            article,
            EquatableArray<LocalEntity>.From(context.Entities.OrderBy(e => e.Key, StringComparer.Ordinal)),
            EquatableArray<LocalRelation>.From(context.Relations));
    }

    /// <summary>Extracts every article, in parallel; the result keeps the input order, so it does not depend on the thread count.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; 0 or less means all cores.</param>
    /// <param name="progress">Receives the number of articles done, now and then.</param>
    /// <returns>One extraction per article, in input order.</returns>
    public IReadOnlyList<ArticleExtraction> ExtractAll(IReadOnlyList<Article> articles, int maxDegreeOfParallelism = 0, IProgress<int>? progress = null)
    {
        var results = new List<ArticleExtraction>(articles.Count);
        ExtractAll(articles, results.Add, maxDegreeOfParallelism, progress);
        return results;
    }

    /// <summary>
    /// Extracts every article, in parallel, and hands each extraction to <paramref name="consume"/> in input order
    /// (whatever the thread count) as soon as those before it are done, so they need not all be held at once.
    /// </summary>
    /// <param name="articles">The articles.</param>
    /// <param name="consume">Receives each extraction, in input order, on one thread at a time.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; 0 or less means all cores.</param>
    /// <param name="progress">Receives the number of articles done, now and then.</param>
    public void ExtractAll(IReadOnlyList<Article> articles, Action<ArticleExtraction> consume, int maxDegreeOfParallelism = 0, IProgress<int>? progress = null)
    {
        var done = 0;
        OrderedParallel.Run(
            articles.Count,
            maxDegreeOfParallelism,
            i =>
            {
                var extraction = Extract(articles[i]);
                var count = Interlocked.Increment(ref done);
                if (progress is not null && (count % 256 == 0 || count == articles.Count))
                {
                    progress.Report(count);
                }

                return extraction;
            },
            (_, extraction) => consume(extraction));
    }
}
