using System.CommandLine;
using Digest.Cli.Hosting;
using Digest.GraphLoader.Cypher;

namespace Digest.Cli.Commands.Load;

/// <summary>The options of <c>digest load</c>.</summary>
public static class LoadCommandDefinition
{
    /// <summary>The graph to load.</summary>
    public static readonly Option<string> Graph = new("--graph")
    {
        Description = "The graph.json written by digest build; load-manifest.json is kept beside it",
        DefaultValueFactory = _ => Path.Combine("out", "graph.json"),
    };

    /// <summary>Rows per statement.</summary>
    public static readonly Option<int> BatchSize = new("--batch-size")
    {
        Description = "Rows per UNWIND $rows statement",
        DefaultValueFactory = _ => CypherBatches.DefaultBatchSize,
    };

    /// <summary>Remove what the graph no longer has.</summary>
    public static readonly Option<bool> Prune = new("--prune") { Description = "Remove from Neo4j the articles, entities and relationships the graph no longer has" };

    /// <summary>Print instead of send.</summary>
    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print the statements and batch sizes instead of sending them" };

    /// <summary>Send everything.</summary>
    public static readonly Option<bool> Full = new("--full") { Description = "Send the whole graph even when the load manifest allows sending only what changed" };

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where it reports.</param>
    /// <param name="configuration">Environment and appsettings.json.</param>
    public static Command Create(CliConsole console, HostedConfiguration configuration)
    {
        var connection = new Neo4jConnectionOptions();
        var command = new Command("load", "Load a graph into Neo4j through its HTTP Query API (idempotent; only what changed since the last load)")
        {
            Graph, BatchSize, Prune, DryRun, Full,
        };
        connection.AddTo(command);
        var action = new LoadCommand(console, configuration, connection);
        command.SetAction((parseResult, cancellationToken) => action.ExecuteAsync(parseResult, cancellationToken));
        return command;
    }
}
