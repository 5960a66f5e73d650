using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Tests.Stages;

/// <summary>Runs the shipped knowledge through the default pipeline (or part of it) on one article.</summary>
internal static class PipelineRun
{
    public static ExtractorKnowledge Knowledge { get; } = ExtractorKnowledge.Load();

    private static readonly ExtractionPipeline Pipeline = DefaultPipeline.Create(Knowledge);

    public static Article Article(string title, string body) => new("article:t", title, null, "t.txt", 1, body, false);

    public static ArticleExtraction Extract(string title, string body) => Pipeline.Extract(Article(title, body));

    /// <summary>The state after the stages up to and including the first of type <typeparamref name="TStage"/>.</summary>
    public static ArticleContext RunUntil<TStage>(string title, string body)
    {
        var context = new ArticleContext(Article(title, body));
        foreach (var stage in Pipeline.Stages)
        {
            stage.Run(context);
            if (stage is TStage)
            {
                break;
            }
        }

        return context;
    }

    /// <summary>The relations as <c>source -TYPE-> target</c> by entity name.</summary>
    public static IReadOnlyList<string> Edges(ArticleExtraction extraction)
    {
        var names = extraction.Entities.ToDictionary(e => e.Key, e => e.Name);
        return extraction.Relations.Select(r => $"{names[r.SourceKey]} -{SchemaNames.Name(r.Type)}-> {names[r.TargetKey]}").Distinct().ToList();
    }
}
