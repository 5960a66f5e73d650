using System.CommandLine;
using System.Diagnostics;
using Digest.Extractor.Building;
using Digest.Extractor.Caching;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Export;

namespace Digest.Cli.Commands.Build;

/// <summary>Runs reader → extraction pipeline → graph builder → exports, and prints a summary.</summary>
/// <param name="console">Where it reports.</param>
public sealed class BuildCommand(CliConsole console)
{
    /// <summary>The exporters a build runs, in order.</summary>
    public static IReadOnlyList<IGraphExporter> Exporters { get; } = [new JsonExporter(), new GraphMlExporter(), new CypherScriptExporter(), new GrassExporter()];

    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code.</returns>
    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var paths = parseResult.GetValue(BuildCommandDefinition.Paths) ?? [];
        var outDir = parseResult.GetValue(BuildCommandDefinition.Out)!;
        var lexicons = parseResult.GetValue(BuildCommandDefinition.Lexicon) ?? [];
        var threads = parseResult.GetValue(BuildCommandDefinition.Threads);
        var noCache = parseResult.GetValue(BuildCommandDefinition.NoCache);
        try
        {
            return Task.FromResult(Run(paths, outDir, lexicons, threads, noCache));
        }
        catch (DigestInputException e)
        {
            return Task.FromResult(console.Fail(e.Message));
        }
    }

    private int Run(string[] paths, string outDir, string[] lexicons, int threads, bool noCache)
    {
        var clock = Stopwatch.StartNew();
        var knowledge = ExtractorKnowledge.Load(lexicons);
        var read = new DigestReader().Read(paths);
        foreach (var warning in read.Warnings)
        {
            console.Error.WriteLine("warning: " + warning);
        }

        if (read.Articles.Count == 0)
        {
            return console.Fail($"no articles found in {string.Join(", ", paths)}");
        }

        var pipeline = DefaultPipeline.Create(knowledge);
        var version = ExtractorVersion.Of(knowledge, pipeline);
        var files = Exporters.Select(e => e.FileName).ToList();
        var keys = ArticleKey.OfAll(read.Articles);
        var fingerprint = BuildFingerprint.Of(version, read.Articles, keys, files);
        // The cache is stamped too: a damaged or deleted cache is rebuilt even when the graph would not change.
        var stamped = files.Append(Path.Combine(BuildCache.FolderName, BuildCache.FileName)).ToList();
        if (!noCache && OutputStamp.IsCurrent(outDir, fingerprint, stamped))
        {
            console.Out.WriteLine($"Read {read.Articles.Count} articles from {read.Files.Count} file(s) ({read.Bytes / 1024.0:0.#} KiB).");
            console.Out.WriteLine($"Up to date: no article, rule or lexicon changed since the outputs in {outDir} were written ({clock.Elapsed.TotalSeconds:0.00} s); --no-cache rebuilds them.");
            return 0;
        }

        var previous = noCache ? null : BuildCache.Load(outDir, version, console.Error);
        var extracted = BuildProgress.Run(console, steps =>
        {
            var (extractions, fromCache, cache) = steps.Step("extract", read.Articles.Count, progress =>
                new IncrementalExtractor(pipeline, version).Extract(read.Articles, keys, previous, threads, progress));
            // Each step lets go of what later steps do not need (the caches, then the per-article
            // extractions), so it can be collected before the metrics and exports: it lowers the peak working set.
            // The stamp goes first: from here on outputs (the cache among them) are rewritten.
            previous = null;
            OutputStamp.Remove(outDir);
            steps.Step("save cache", 1, _ =>
            {
                BuildCache.Save(outDir, cache);
                return 0;
            });
            cache = null!;
            var graph = steps.Step("build graph", 1, _ => GraphBuilder.Build(extractions));
            extractions = [];

            // The extractions were the bulk of the heap and are now old-generation garbage that only a
            // full collection returns; one compacting collection here keeps the metrics and exports
            // from growing the process on top of them.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            graph = steps.Step("compute metrics", 1, _ => GraphMetrics.Attach(graph));
            steps.Step("write " + string.Join(", ", Exporters.Select(e => e.FileName)), Exporters.Count, progress =>
                GraphExports.WriteAll(graph, outDir, threads, progress).Count);
            OutputStamp.Write(outDir, fingerprint, stamped);
            return (FromCache: fromCache, Graph: graph);
        });

        PrintSummary(extracted.Graph, read, extracted.FromCache, outDir, clock.Elapsed);
        return 0;
    }

    private void PrintSummary(KnowledgeGraphData graph, ReadResult read, int fromCache, string outDir, TimeSpan elapsed)
    {
        var output = console.Out;
        output.WriteLine($"Read {read.Articles.Count} articles from {read.Files.Count} file(s) ({read.Bytes / 1024.0:0.#} KiB).");
        output.WriteLine($"Extracted {read.Articles.Count - fromCache} article(s); reused {fromCache} from the build cache.");
        output.WriteLine($"Entities: {graph.Entities.Count}");
        foreach (var group in graph.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {SchemaNames.Label(group.Key),-13} {group.Count(),7}");
        }

        output.WriteLine($"Relations: {graph.Relations.Count} (+ {graph.Mentions.Count} MENTIONS)");
        foreach (var group in graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {SchemaNames.Name(group.Key),-13} {group.Count(),7}");
        }

        output.WriteLine($"Wrote {string.Join(", ", Exporters.Select(e => Path.Combine(outDir, e.FileName)))} in {elapsed.TotalSeconds:0.00} s.");
    }
}
