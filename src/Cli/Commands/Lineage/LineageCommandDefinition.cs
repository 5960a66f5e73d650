using System.CommandLine;
using Digest.Cli.Analysis;

namespace Digest.Cli.Commands.Lineage;

/// <summary>The options of <c>digest lineage</c>.</summary>
public static class LineageCommandDefinition
{
    /// <summary>The entity.</summary>
    public static readonly Argument<string?> Name = new("name")
    {
        Description = "Entity name, alias or id (e.g. RoPE, method:rope)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Ancestors only.</summary>
    public static readonly Option<bool> Up = new("--up") { Description = "Show ancestors only (what it builds on)" };

    /// <summary>Descendants only.</summary>
    public static readonly Option<bool> Down = new("--down") { Description = "Show descendants only (what builds on it)" };

    /// <summary>Generations to follow.</summary>
    public static readonly Option<int> Depth = new("--depth", "-d")
    {
        Description = "Most generations to follow",
        DefaultValueFactory = _ => 10,
    };

    /// <summary>Relation types to follow.</summary>
    public static readonly Option<string[]> Via = new("--via")
    {
        Description = "Relation types to follow, comma-separated: BUILDS_ON (default), USES, INTRODUCES",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>List the roots of the lineage forest instead.</summary>
    public static readonly Option<bool> Roots = new("--roots") { Description = "List foundational works: roots with the most descendants" };

    /// <summary>Roots to list.</summary>
    public static readonly Option<int> Count = AnalysisOptions.Count(20, "How many roots --roots lists");

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
        var command = new Command("lineage", "Trace what an entity builds on (--up) and what builds on it (--down), as a tree")
        {
            Name, Up, Down, Depth, Via, Roots, Count, Graph, Format, Timings, Repeat,
        };
        var action = new LineageCommand(console);
        command.SetAction((parseResult, _) => Task.FromResult(action.Execute(parseResult)));
        return command;
    }
}
