using Digest.Extractor.Graph;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// Keeps the last build's graph metrics in the cache folder with the fingerprint of the links they were computed from,
/// so a rebuild whose links did not change (a wording edit) reuses them instead of recomputing. No file, another
/// fingerprint (an entity or relation added, removed or retyped, or new code), a damaged file or <c>--no-cache</c>:
/// the metrics are computed and the file rewritten.
/// </summary>
internal static class MetricsCache
{
    /// <summary>The file in the cache folder.</summary>
    public const string FileName = "metrics.bin";

    /// <summary>The metrics file of an output folder.</summary>
    /// <param name="outDir">The output folder.</param>
    public static string PathIn(string outDir) => Path.Combine(outDir, BuildCache.FolderName, FileName);

    /// <summary>The graph with its metrics: reused from the file when its links are unchanged, else computed and stored.</summary>
    /// <param name="graph">The merged graph.</param>
    /// <param name="outDir">The output folder.</param>
    /// <param name="noCache">Whether to ignore the file (it is rewritten).</param>
    /// <param name="error">Where notes go.</param>
    public static KnowledgeGraphData Attach(KnowledgeGraphData graph, string outDir, bool noCache, TextWriter error)
    {
        var topology = GraphMetrics.TopologyOf(graph);
        var fingerprint = MetricsFingerprint.Of(topology);
        var path = PathIn(outDir);
        if (!noCache && Read(path, topology, fingerprint, error) is { } stored)
        {
            error.WriteLine("compute metrics: reused (graph links unchanged)");
            return GraphMetrics.With(graph, stored);
        }

        var metrics = GraphMetrics.Compute(topology);
        AtomicFile.Write(path, stream => StoredMetrics.Write(stream, fingerprint, metrics), bufferSize: 0);
        return GraphMetrics.With(graph, metrics);
    }

    private static IReadOnlyList<EntityMetrics>? Read(string path, GraphTopology topology, byte[] fingerprint, TextWriter error)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            error.WriteLine($"warning: {path}: cannot read the stored metrics ({e.Message}); computing them");
            return null;
        }

        if (StoredMetrics.TryRead(content, topology, fingerprint, out var metrics, out var problem))
        {
            return metrics;
        }

        if (problem is not null)
        {
            error.WriteLine($"warning: {path}: ignoring the stored metrics: {problem}; computing them");
        }

        return null;
    }
}
