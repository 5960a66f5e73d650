using System.CommandLine;
using Digest.Cli.Analysis;

namespace Digest.Cli.Commands.Top;

/// <summary>The options of <c>digest top</c>.</summary>
public static class TopCommandDefinition
{
    /// <summary>The measures <c>--by</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Measures = ["pagerank", "degree", "in-degree", "out-degree", "betweenness"];

    /// <summary>What to rank by.</summary>
    public static readonly Option<string> By = CreateBy();

    /// <summary>Entity type filter.</summary>
    public static readonly Option<string?> Type = new("--type", "-t") { Description = "Only entities of this type (Method, Model, Paper, Author, ...)" };

    /// <summary>Relation type for degrees.</summary>
    public static readonly Option<string?> Relation = new("--relation", "-r") { Description = "For degrees: count only this relation type (e.g. BUILDS_ON)" };

    /// <summary>Rows to show.</summary>
    public static readonly Option<int> Count = AnalysisOptions.Count(20, "How many entities to list");

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
        var command = new Command("top", "List the most central entities by PageRank, degree or betweenness")
        {
            By, Type, Relation, Count, Graph, Format, Timings, Repeat,
        };
        var action = new TopCommand(console);
        command.SetAction((parseResult, _) => Task.FromResult(action.Execute(parseResult)));
        return command;
    }

    private static Option<string> CreateBy()
    {
        var option = new Option<string>("--by", "-b")
        {
            Description = "pagerank (default), degree, in-degree, out-degree or betweenness",
            DefaultValueFactory = _ => "pagerank",
        };
        option.AcceptOnlyFromAmong([.. Measures]);
        return option;
    }
}
