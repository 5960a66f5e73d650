using System.CommandLine;
using Digest.Cli.Hosting;

namespace Digest.Cli.Commands.Query;

/// <summary>The options of <c>digest query</c>.</summary>
public static class QueryCommandDefinition
{
    /// <summary>The saved query to run.</summary>
    public static readonly Argument<string?> Name = new("name")
    {
        Description = "The saved query (see --list)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>List the saved queries.</summary>
    public static readonly Option<bool> List = new("--list") { Description = "List the saved queries with their parameters" };

    /// <summary>Parameter values.</summary>
    public static readonly Option<string[]> Param = new("--param", "-p")
    {
        Description = "A parameter as name=value (repeatable), e.g. --param name=S4",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The output format.</summary>
    public static readonly Option<string> Format = new("--format")
    {
        Description = "table, json or csv",
        DefaultValueFactory = _ => "table",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where it reports.</param>
    /// <param name="configuration">Environment and appsettings.json.</param>
    public static Command Create(CliConsole console, HostedConfiguration configuration)
    {
        Format.AcceptOnlyFromAmong("table", "json", "csv");
        var connection = new Neo4jConnectionOptions();
        var command = new Command("query", "Run a saved Cypher query from queries/ against Neo4j")
        {
            Name, List, Param, Format,
        };
        connection.AddTo(command);
        var action = new QueryCommand(console, configuration, connection);
        command.SetAction((parseResult, cancellationToken) => action.ExecuteAsync(parseResult, cancellationToken));
        return command;
    }
}
