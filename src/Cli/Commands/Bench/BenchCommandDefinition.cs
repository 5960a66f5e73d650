using System.CommandLine;

namespace Digest.Cli.Commands.Bench;

/// <summary>The options of <c>digest bench</c>.</summary>
public static class BenchCommandDefinition
{
    /// <summary>Digest files or folders.</summary>
    public static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Digest files (.txt, .md) or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>How many times to run the whole build.</summary>
    public static readonly Option<int> Runs = new("--runs")
    {
        Description = "Timed runs; the table shows the median of each stage (the first run includes start-up and JIT compilation)",
        DefaultValueFactory = _ => 3,
    };

    /// <summary>Thread count.</summary>
    public static readonly Option<int> Threads = new("--threads")
    {
        Description = "Extraction threads (0 = all cores)",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>Creates the command.</summary>
    /// <param name="console">Where it reports.</param>
    public static Command Create(CliConsole console)
    {
        var command = new Command("bench", "Time each build stage (read, extract, build graph, compute metrics, exports) without a cache and print MB/s, articles/s, allocations and peak memory")
        {
            Paths, Runs, Threads,
        };
        var action = new BenchCommand(console);
        command.SetAction((parseResult, cancellationToken) => action.ExecuteAsync(parseResult, cancellationToken));
        return command;
    }
}
