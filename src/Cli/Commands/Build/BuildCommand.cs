using System.CommandLine;
using System.Diagnostics;
using Digest.Extractor.Building;
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
        try
        {
            return Task.FromResult(Run(paths, outDir, lexicons, threads));
        }
        catch (DigestInputException e)
        {
            return Task.FromResult(console.Fail(e.Message));
        }
    }

    private int Run(string[] paths, string outDir, string[] lexicons, int threads)
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

        var extractions = DefaultPipeline.Create(knowledge).ExtractAll(read.Articles, threads);
        var graph = GraphBuilder.Build(extractions);
        foreach (var exporter in Exporters)
        {
            AtomicFile.Write(Path.Combine(outDir, exporter.FileName), stream => exporter.Write(graph, stream));
        }

        PrintSummary(graph, read, outDir, clock.Elapsed);
        return 0;
    }

    private void PrintSummary(KnowledgeGraphData graph, ReadResult read, string outDir, TimeSpan elapsed)
    {
        var output = console.Out;
        output.WriteLine($"Read {read.Articles.Count} articles from {read.Files.Count} file(s) ({read.Bytes / 1024.0:0.#} KiB).");
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
