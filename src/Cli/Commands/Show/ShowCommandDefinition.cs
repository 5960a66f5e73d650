using System.CommandLine;
using Digest.Cli.Analysis;

namespace Digest.Cli.Commands.Show;

/// <summary>The options of <c>digest show</c>.</summary>
public static class ShowCommandDefinition
{
    /// <summary>The entity.</summary>
    public static readonly Argument<string> Name = new("name") { Description = "Entity name, alias or id (e.g. DeepSeek-V2)" };

    /// <summary>Rows per list.</summary>
    public static readonly Option<int> Count = AnalysisOptions.Count(50, "Most articles and relations per direction to list (JSON lists all)");

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
        var command = new Command("show", "Show an entity's card: type, aliases, metrics, articles, and every relation in and out with evidence")
        {
            Name, Count, Graph, Format, Timings, Repeat,
        };
        var action = new ShowCommand(console);
        command.SetAction((parseResult, _) => Task.FromResult(action.Execute(parseResult)));
        return command;
    }
}
