using System.CommandLine;

namespace Digest.Cli.Commands.Eval;

/// <summary>The options of <c>digest eval</c>.</summary>
public static class EvalCommandDefinition
{
    /// <summary>The graph to score.</summary>
    public static readonly Argument<string> Graph = new("graph")
    {
        Description = "The graph.json written by digest build",
    };

    /// <summary>The gold annotation.</summary>
    public static readonly Option<string> Gold = new("--gold")
    {
        Description = "Gold annotation JSON (entities with name/type/aliases, relations with head/type/tail)",
        Required = true,
    };

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where it reports.</param>
    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Score a graph.json against a gold annotation: entity and relation precision, recall, F1, and what was missed")
        {
            Graph, Gold,
        };
        var action = new EvalCommand(console);
        command.SetAction(parseResult => action.Execute(parseResult));
        return command;
    }
}
