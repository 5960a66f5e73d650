using System.CommandLine;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Export;

namespace Digest.Cli.Commands.Export;

/// <summary>Reads graph.json and writes the chosen Neo4j export.</summary>
/// <param name="console">Where it reports.</param>
public sealed class ExportCommand(CliConsole console)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code.</returns>
    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var graphPath = parseResult.GetValue(ExportCommandDefinition.Graph)!;
        var folder = Path.GetDirectoryName(Path.GetFullPath(graphPath))!;
        try
        {
            var graph = GraphJsonReader.Read(graphPath);
            if (parseResult.GetValue(ExportCommandDefinition.Format) == "grass")
            {
                var exporter = new GrassExporter();
                var path = parseResult.GetValue(ExportCommandDefinition.Out) ?? Path.Combine(folder, exporter.FileName);
                AtomicFile.Write(path, stream => exporter.Write(graph, stream));
                console.Out.WriteLine($"Wrote {path}: drag it onto Neo4j Browser, or paste it after :style.");
            }
            else
            {
                var directory = parseResult.GetValue(ExportCommandDefinition.Out) ?? Path.Combine(folder, "neo4j-admin");
                new Neo4jAdminExporter().Write(graph, directory);
                console.Out.WriteLine($"Wrote {string.Join(", ", Neo4jAdminExporter.FileNames)} to {directory}; import.sh has the neo4j-admin command.");
            }

            return Task.FromResult(0);
        }
        catch (DigestInputException e)
        {
            return Task.FromResult(console.Fail(e.Message));
        }
        catch (Exception e) when (WriteFailure.Of(e) is { } failure)
        {
            return Task.FromResult(console.Fail($"export failed: {failure.Message}"));
        }
    }
}
