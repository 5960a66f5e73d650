using Digest.GraphLoader.Loading;
using Digest.GraphLoader.Neo4j;

namespace Digest.Cli.Commands.Load;

/// <summary>Prints what a load would send (<c>--dry-run</c>): each statement with the size of its parameters.</summary>
/// <param name="output">Where to print.</param>
internal sealed class LoadPlanPrinter(TextWriter output)
{
    /// <summary>Prints the plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="target">The server and database.</param>
    public void Print(LoadPlan plan, string target)
    {
        output.WriteLine($"Dry run (nothing sent) for {target}: {(plan.Incremental ? "incremental" : "full")} load ({plan.Reason}; the database's load marker was not checked).");
        output.WriteLine($"{plan.RowsSent} rows in {plan.Batches.Count} batches, {plan.RowsUnchanged} unchanged rows not sent, {plan.Prune.Count} prune statements in one transaction.");
        var index = 0;
        foreach (var statement in plan.Statements)
        {
            output.WriteLine();
            output.WriteLine($"// {++index}. {statement.Purpose}{Sizes(statement)}");
            output.WriteLine(statement.Text + ";");
        }
    }

    private static string Sizes(Neo4jStatement statement) =>
        statement.Parameters.Count == 0 ? string.Empty
        : " (" + string.Join(", ", statement.Parameters.Select(p => p.Value is System.Collections.ICollection list ? $"${p.Key}: {list.Count} {(p.Key == "rows" ? "rows" : "values")}" : $"${p.Key}")) + ")";
}
