using Digest.Extractor.Building;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Graph.Metrics;

/// <summary>The graph of the shared sample, extracted once for the metrics tests.</summary>
internal static class SharedSampleGraph
{
    private static readonly Lazy<KnowledgeGraphData> Lazy = new(() =>
        GraphBuilder.Build(DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(new DigestReader().Read([RepoPaths.SampleDigest]).Articles)));

    /// <summary>The merged graph, without metrics.</summary>
    public static KnowledgeGraphData Data => Lazy.Value;
}
