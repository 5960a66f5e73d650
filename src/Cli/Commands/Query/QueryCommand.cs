using System.CommandLine;
using Digest.Cli.Hosting;
using Digest.GraphLoader.Neo4j;
using Digest.GraphLoader.Queries;

namespace Digest.Cli.Commands.Query;

/// <summary>Lists the saved queries, or runs one with its parameters and prints the rows.</summary>
/// <param name="console">Where it reports.</param>
/// <param name="configuration">Environment and appsettings.json.</param>
/// <param name="connection">The connection options.</param>
public sealed class QueryCommand(CliConsole console, HostedConfiguration configuration, Neo4jConnectionOptions connection)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var name = parseResult.GetValue(QueryCommandDefinition.Name);
        if (parseResult.GetValue(QueryCommandDefinition.List) || name is null)
        {
            PrintList();
            return name is null && !parseResult.GetValue(QueryCommandDefinition.List) ? console.Fail("give a query name (see the list above)") : 0;
        }

        if (SavedQueries.Find(name) is not { } query)
        {
            return console.Fail($"no saved query '{name}' (digest query --list shows them)");
        }

        try
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in parseResult.GetValue(QueryCommandDefinition.Param) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return console.Fail($"--param {pair}: expected name=value");
                }

                values[pair[..equals]] = pair[(equals + 1)..];
            }

            var parameters = query.Bind(values);
            var settings = connection.Resolve(parseResult, configuration.Get(), out var note);
            if (note is not null)
            {
                console.Error.WriteLine("note: " + note);
            }

            using var client = new QueryApiClient(settings, (attempt, e) => console.Error.WriteLine($"warning: attempt {attempt} failed ({e.Message}); retrying"));
            var result = await client.RunAsync(new Neo4jStatement("query " + query.Name, query.Statement, parameters), cancellationToken);
            QueryResultWriter.Write(result, parseResult.GetValue(QueryCommandDefinition.Format)!, console.Out);
            return 0;
        }
        catch (ArgumentException e)
        {
            return console.Fail(e.Message);
        }
        catch (Neo4jException e)
        {
            return console.Fail("Neo4j: " + e.Message);
        }
    }

    private void PrintList()
    {
        foreach (var query in SavedQueries.All)
        {
            console.Out.WriteLine($"{query.Name}: {query.Description}");
            foreach (var p in query.Parameters)
            {
                console.Out.WriteLine($"    --param {p.Name}=<{p.Type}>{(p.Default is null ? string.Empty : $" (default {p.Default})")}  {p.Description}");
            }
        }
    }
}
