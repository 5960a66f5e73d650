using System.CommandLine;

namespace Digest.Cli.Commands.Export;

/// <summary>The options of <c>digest export</c>.</summary>
public static class ExportCommandDefinition
{
    /// <summary>The format.</summary>
    public static readonly Option<string> Format = new("--format")
    {
        Description = "grass (Neo4j Browser style sheet) or neo4j-admin (CSV set for neo4j-admin database import full)",
        Required = true,
    };

    /// <summary>The graph to export.</summary>
    public static readonly Option<string> Graph = new("--graph")
    {
        Description = "The graph.json written by digest build",
        DefaultValueFactory = _ => Path.Combine("out", "graph.json"),
    };

    /// <summary>Where to write.</summary>
    public static readonly Option<string?> Out = new("--out", "-o")
    {
        Description = "Output: the .grss file (default: style.grss beside the graph) or the CSV folder (default: neo4j-admin/ beside the graph)",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where it reports.</param>
    public static Command Create(CliConsole console)
    {
        Format.AcceptOnlyFromAmong("grass", "neo4j-admin");
        var command = new Command("export", "Export a built graph for Neo4j: a Browser style sheet or neo4j-admin import CSVs")
        {
            Format, Graph, Out,
        };
        var action = new ExportCommand(console);
        command.SetAction((parseResult, cancellationToken) => action.ExecuteAsync(parseResult, cancellationToken));
        return command;
    }
}
