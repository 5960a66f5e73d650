using System.CommandLine;
using Digest.Cli.Commands.Build;
using Digest.Extractor.Building;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;

namespace Digest.Cli.Commands.Bench;

/// <summary>
/// Runs the whole clean build (no cache) several times, timing each stage as <c>build</c> runs it
/// (metrics included, exports side by side), and prints the median of each with its throughput,
/// allocations and the peak working set; then how the extraction time splits across the
/// pipeline's stages, how long each export took, and how long merely copying the exports takes
/// (the least any build spends writing them).
/// </summary>
/// <param name="console">Where it reports.</param>
public sealed class BenchCommand(CliConsole console)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="cancellationToken">Cancels the run between runs.</param>
    /// <returns>The exit code.</returns>
    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var paths = parseResult.GetValue(BenchCommandDefinition.Paths) ?? [];
        var runs = parseResult.GetValue(BenchCommandDefinition.Runs);
        var threads = parseResult.GetValue(BenchCommandDefinition.Threads);
        if (runs < 1)
        {
            return Task.FromResult(console.Fail("--runs must be at least 1"));
        }

        var scratch = Directory.CreateTempSubdirectory("digest-bench-").FullName;
        try
        {
            var timedStages = new List<TimedStage>();
            var exportTimes = new List<(string FileName, TimeSpan Elapsed)>();
            var measured = new List<IReadOnlyList<StageMeasurement>>();
            ReadResult? read = null;
            for (var run = 0; run < runs && !cancellationToken.IsCancellationRequested; run++)
            {
                timedStages.Clear();
                var meter = new StageMeter();
                read = Run(meter, paths, threads, scratch, timedStages, exportTimes);
                measured.Add(meter.Measurements);
            }

            var floor = OutputCopyFloor.Measure(scratch);
            new BenchReport(console.Out, read!, threads).Print(measured, timedStages, exportTimes, floor);
            return Task.FromResult(0);
        }
        catch (DigestInputException e)
        {
            return Task.FromResult(console.Fail(e.Message));
        }
        catch (Exception e) when (WriteFailure.Of(e) is { } failure)
        {
            return Task.FromResult(console.Fail($"cannot write the exports in the scratch folder {scratch}: {failure.Message}"));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static ReadResult Run(StageMeter meter, string[] paths, int threads, string scratch, List<TimedStage> timedStages, List<(string FileName, TimeSpan Elapsed)> exportTimes)
    {
        var knowledge = meter.Measure("load knowledge", () => ExtractorKnowledge.Load());
        var read = meter.Measure("read", () => new DigestReader().Read(paths));
        var builder = DefaultPipeline.CreateBuilder(knowledge);
        for (var i = 0; i < builder.Stages.Count; i++)
        {
            var timed = new TimedStage(builder.Stages[i]);
            timedStages.Add(timed);
            builder.Stages[i] = timed;
        }

        var pipeline = builder.Build();
        // As in a build: each extraction is folded into the graph builder as it comes out, in article order.
        var graphBuilder = new GraphBuilder();
        meter.Measure("extract", () =>
        {
            pipeline.ExtractAll(read.Articles, graphBuilder.Add, threads);
            return 0;
        });
        var graph = meter.Measure("build graph", graphBuilder.Build);
        graph = meter.Measure("compute metrics", () => GraphMetrics.Attach(graph));
        exportTimes.Clear();
        exportTimes.AddRange(meter.Measure("write exports", () => GraphExports.WriteAll(graph, scratch, threads, copyFromLastExports: false)).Select(e => (e.FileName, e.Elapsed)));
        return read;
    }
}
