using Digest.Extractor.Building;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.GraphLoader.Tests;

/// <summary>Graphs built from the shared sample digest: all of it, or without its last articles.</summary>
internal static class SampleGraphs
{
    private static readonly Lazy<IReadOnlyList<Article>> Articles = new(() => new DigestReader().Read([RepoPaths.SampleDigest]).Articles);

    private static readonly Lazy<KnowledgeGraphData> FullGraph = new(() => Build(Articles.Value));

    public static KnowledgeGraphData Full => FullGraph.Value;

    public static KnowledgeGraphData WithoutLast(int count) => Build(Articles.Value.Take(Articles.Value.Count - count).ToList());

    private static KnowledgeGraphData Build(IReadOnlyList<Article> articles) =>
        GraphBuilder.Build(DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(articles));
}
