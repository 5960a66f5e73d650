using System.CommandLine;

namespace Digest.Cli.Analysis;

/// <summary>Options every analysis command shares; each command gets its own instances.</summary>
public static class AnalysisOptions
{
    /// <summary>The graph file, <c>out/graph.json</c> by default.</summary>
    public static Option<string> Graph() => new("--graph", "-g")
    {
        Description = "The graph.json written by `digest build`",
        DefaultValueFactory = _ => Path.Combine("out", "graph.json"),
    };

    /// <summary>Table or JSON output.</summary>
    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "table (default) or json",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>Print load and analysis times to stderr.</summary>
    public static Option<bool> Timings() => new("--timings")
    {
        Description = "Print how long loading the graph and answering took (to stderr)",
    };

    /// <summary>Answer this many times in one process (the first prints; with --timings the others give warm times).</summary>
    public static Option<int> Repeat() => new("--repeat")
    {
        Description = "Answer N times after one load (output of the first only); with --timings prints the cold first and the warm times",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>How many rows to show.</summary>
    /// <param name="defaultCount">The default.</param>
    /// <param name="description">What is counted.</param>
    public static Option<int> Count(int defaultCount, string description) => new("--count", "-n")
    {
        Description = description,
        DefaultValueFactory = _ => defaultCount,
    };
}
