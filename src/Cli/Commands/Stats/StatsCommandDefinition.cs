using System.CommandLine;
using Digest.Cli.Analysis;

namespace Digest.Cli.Commands.Stats;

/// <summary>The options of <c>digest stats</c>.</summary>
public static class StatsCommandDefinition
{
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
        var command = new Command("stats", "Count entities and relations by type; density, isolated entities, components")
        {
            Graph, Format, Timings, Repeat,
        };
        var action = new StatsCommand(console);
        command.SetAction((parseResult, _) => Task.FromResult(action.Execute(parseResult)));
        return command;
    }
}
