using System.CommandLine;
using System.Globalization;
using Digest.Extractor.Evaluation;
using Digest.Extractor.Reading;

namespace Digest.Cli.Commands.Eval;

/// <summary>Runs <c>digest eval</c>: scores the graph and prints the table and the differences.</summary>
/// <param name="console">Where it reports.</param>
public sealed class EvalCommand(CliConsole console)
{
    /// <summary>Executes the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The exit code.</returns>
    public int Execute(ParseResult parseResult)
    {
        var gold = parseResult.GetValue(EvalCommandDefinition.Gold)!;
        var graph = parseResult.GetValue(EvalCommandDefinition.Graph)!;
        EvaluationReport report;
        try
        {
            report = GraphScorer.Score(gold, graph);
        }
        catch (DigestInputException e)
        {
            return console.Fail(e.Message);
        }

        var o = console.Out;
        o.WriteLine(Line("entities", report.Entities) + F(" type_acc={0:0.00}", report.TypeAccuracy));
        o.WriteLine(Line("rel pair", report.Pairs));
        o.WriteLine(Line("rel typed", report.Typed));
        List("missed gold entities", report.MissedEntities);
        List("missed gold relations", report.MissedRelations);
        List("predicted entities matching no gold entity", report.UnmatchedEntities);
        List("predicted relations matching no gold pair", report.UnmatchedRelations);
        return 0;
    }

    private static string Line(string what, ScoreLine s) =>
        F("{0,-10} P={1:0.00} R={2:0.00} F1={3:0.00} (gold {4}, pred {5})", what, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted);

    private static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private void List(string title, IReadOnlyList<string> items)
    {
        console.Out.WriteLine();
        console.Out.WriteLine($"{title} ({items.Count}):");
        foreach (var item in items)
        {
            console.Out.WriteLine("  " + item);
        }
    }
}
