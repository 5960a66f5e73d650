using System.CommandLine;
using System.Diagnostics;
using Digest.Cli.Hosting;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Loading;
using Digest.GraphLoader.Neo4j;

namespace Digest.Cli.Commands.Load;

/// <summary>Reads graph.json and its load manifest, plans the load, then prints it (<c>--dry-run</c>) or sends it and prints the counters.</summary>
/// <param name="console">Where it reports.</param>
/// <param name="configuration">Environment and appsettings.json.</param>
/// <param name="connection">The connection options.</param>
public sealed class LoadCommand(CliConsole console, HostedConfiguration configuration, Neo4jConnectionOptions connection)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var graphPath = parseResult.GetValue(LoadCommandDefinition.Graph)!;
        var options = new LoadOptions(parseResult.GetValue(LoadCommandDefinition.BatchSize), parseResult.GetValue(LoadCommandDefinition.Prune), parseResult.GetValue(LoadCommandDefinition.Full));
        if (options.BatchSize < 1)
        {
            return console.Fail("--batch-size must be at least 1");
        }

        try
        {
            var settings = connection.Resolve(parseResult, configuration.Get(), out var note);
            if (note is not null)
            {
                console.Error.WriteLine("note: " + note);
            }

            var graph = GraphJsonReader.Read(graphPath);
            var manifestPath = LoadManifest.PathFor(graphPath);
            var manifest = LoadManifest.Read(manifestPath);
            if (parseResult.GetValue(LoadCommandDefinition.DryRun))
            {
                var plan = LoadPlanner.Plan(graph, options, settings.Target, manifest, manifest?.LoadId);
                new LoadPlanPrinter(console.Out).Print(plan, settings.Target);
                return 0;
            }

            using var client = new QueryApiClient(settings, (attempt, e) => console.Error.WriteLine($"warning: attempt {attempt} failed ({e.Message}); retrying"));
            return await LoadAsync(new Neo4jLoader(client), graph, options, settings, manifest, manifestPath, cancellationToken);
        }
        catch (DigestInputException e)
        {
            return console.Fail(e.Message);
        }
        catch (ArgumentException e)
        {
            return console.Fail(e.Message);
        }
        catch (Neo4jException e)
        {
            return console.Fail("Neo4j: " + e.Message);
        }
        catch (Exception e) when (WriteFailure.Of(e) is { } failure)
        {
            // The graph or the load manifest beside it cannot be read or written; the message names the file.
            return console.Fail(failure.Message);
        }
    }

    private async Task<int> LoadAsync(Neo4jLoader loader, Extractor.Model.KnowledgeGraphData graph, LoadOptions options, Neo4jSettings settings, LoadManifest? manifest, string manifestPath, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var marker = manifest is null ? null : await loader.ReadMarkerAsync(cancellationToken);
        var plan = LoadPlanner.Plan(graph, options, settings.Target, manifest, marker);
        console.Out.WriteLine($"Loading {plan.RowsSent} rows into {settings.Target}: {(plan.Incremental ? "incremental" : "full")} ({plan.Reason}); {plan.RowsUnchanged} unchanged rows not sent.");
        var summary = await LoadProgressView.RunAsync(console, progress => loader.LoadAsync(plan, progress, cancellationToken));
        plan.Manifest.Write(manifestPath);
        var c = summary.Counters;
        var output = console.Out;
        output.WriteLine($"Loaded in {clock.Elapsed.TotalSeconds:0.0} s: {summary.Statements} statements, {summary.RowsSent} rows.");
        output.WriteLine($"  nodes: {c.NodesCreated} created, {Math.Max(0, plan.NodeRowsSent - c.NodesCreated)} updated, {c.NodesDeleted} deleted");
        output.WriteLine($"  relationships: {c.RelationshipsCreated} created, {Math.Max(0, plan.RowsSent - plan.NodeRowsSent - c.RelationshipsCreated)} updated, {c.RelationshipsDeleted} deleted");
        output.WriteLine($"  properties set: {c.PropertiesSet}, labels added: {c.LabelsAdded}, constraints added: {c.ConstraintsAdded}, indexes added: {c.IndexesAdded}");
        output.WriteLine($"Wrote {manifestPath}.");
        return 0;
    }
}
