using System.CommandLine;
using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Paths;

namespace Digest.Cli.Commands.Paths;

/// <summary>The options of <c>digest path</c>.</summary>
public static class PathCommandDefinition
{
    /// <summary>The start entity.</summary>
    public static readonly Argument<string> From = new("from") { Description = "Start entity: name, alias or id" };

    /// <summary>The end entity.</summary>
    public static readonly Argument<string> To = new("to") { Description = "End entity: name, alias or id" };

    /// <summary>Follow relations only from source to target.</summary>
    public static readonly Option<bool> Directed = new("--directed") { Description = "Follow relations only in their direction (source to target)" };

    /// <summary>Paths to show.</summary>
    public static readonly Option<int> Count = AnalysisOptions.Count(PathFinder.DefaultLimit, "Most shortest paths to show");

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
        var command = new Command("path", "Show the shortest paths between two entities, each hop with its relation and evidence")
        {
            From, To, Directed, Count, Graph, Format, Timings, Repeat,
        };
        var action = new PathCommand(console);
        command.SetAction((parseResult, _) => Task.FromResult(action.Execute(parseResult)));
        return command;
    }
}
