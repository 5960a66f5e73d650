using System.CommandLine;
using Digest.Cli.Analysis;

namespace Digest.Cli.Commands.Communities;

/// <summary>The options of <c>digest communities</c>.</summary>
public static class CommunitiesCommandDefinition
{
    /// <summary>Communities to show.</summary>
    public static readonly Option<int> Count = AnalysisOptions.Count(10, "How many communities to list, largest first");

    /// <summary>Members to show per community.</summary>
    public static readonly Option<int> Members = new("--members", "-m")
    {
        Description = "How many members to name per community, highest PageRank first",
        DefaultValueFactory = _ => 8,
    };

    /// <summary>The graph file.</summary>
    public static readonly Option<string> Graph = AnalysisOptions.Graph();

    /// <summary>Output format.</summary>
    public static readonly Option<OutputFormat> Format = AnalysisOptions.Format();

    /// <summary>Print times.</summary>
    public static readonly Option<bool> Timings = AnalysisOptions.Timings();

    /// <summary>Answer several times after one load, for warm timings.</summary>
    public static readonly Option<int> Repeat = AnalysisOptions.Repeat();

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where it reports.</param>
    public static Command Create(CliConsole console)
    {
        var command = new Command("communities", "List Louvain communities and connected components")
        {
            Count, Members, Graph, Format, Timings, Repeat,
        };
        var action = new CommunitiesCommand(console);
        command.SetAction((parseResult, _) => Task.FromResult(action.Execute(parseResult)));
        return command;
    }
}
