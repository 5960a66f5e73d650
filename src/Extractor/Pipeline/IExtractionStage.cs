namespace Digest.Extractor.Pipeline;

/// <summary>One step of the extraction pipeline: reads an article's state and adds to it.</summary>
public interface IExtractionStage
{
    /// <summary>Runs the stage on one article. Must be thread-safe across articles.</summary>
    /// <param name="context">The article's state.</param>
    void Run(ArticleContext context);
}
