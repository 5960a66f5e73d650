using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Digest.Cli.Analysis;

namespace Digest.Cli.Commands.Show;

/// <summary>The options of <c>digest show</c>.</summary>
public static class ShowCommandDefinition
{
    /// <summary>The entity.</summary>
    public static readonly Argument<string> Name = new("name") { Description = "Entity name, alias or id (e.g. DeepSeek-V2)" };

    /// <summary>Rows per list.</summary>
    public static readonly Option<int> Count = AnalysisOptions.Count(50, "Most articles and relations per direction to list (JSON lists all)");

    /// <summary>Evidence sentences per relation in the table.</summary>
    public static readonly Option<int> Evidence = new("--evidence", "-e")
    {
        Description = "Evidence sentences to print per relation, or `all` (JSON lists all)",
        DefaultValueFactory = _ => DefaultEvidence,
        CustomParser = ParseEvidence,
    };

    /// <summary>The graph file.</summary>
    public static readonly Option<string> Graph = AnalysisOptions.Graph();

    /// <summary>Output format.</summary>
    public static readonly Option<OutputFormat> Format = AnalysisOptions.Format();

    /// <summary>Print times.</summary>
    public static readonly Option<bool> Timings = AnalysisOptions.Timings();

    /// <summary>Answer several times after one load, for warm timings.</summary>
    public static readonly Option<int> Repeat = AnalysisOptions.Repeat();

    /// <summary>Evidence sentences per relation unless told otherwise.</summary>
    public const int DefaultEvidence = 2;

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where it reports.</param>
    public static Command Create(CliConsole console)
    {
        var command = new Command("show", "Show an entity's card: type, aliases, metrics, articles, and every relation in and out with evidence")
        {
            Name, Count, Evidence, Graph, Format, Timings, Repeat,
        };
        var action = new ShowCommand(console);
        command.SetAction((parseResult, _) => Task.FromResult(action.Execute(parseResult)));
        return command;
    }

    private static int ParseEvidence(ArgumentResult result)
    {
        var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (string.Equals(token, "all", StringComparison.OrdinalIgnoreCase))
        {
            return int.MaxValue;
        }

        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        result.AddError($"--evidence takes a number or `all`, not \"{token}\"");
        return DefaultEvidence;
    }
}
