using System.CommandLine;
using Digest.Cli.Commands.Bench;
using Digest.Cli.Commands.Build;
using Digest.Cli.Commands.Communities;
using Digest.Cli.Commands.Eval;
using Digest.Cli.Commands.Export;
using Digest.Cli.Commands.Lineage;
using Digest.Cli.Commands.Load;
using Digest.Cli.Commands.Paths;
using Digest.Cli.Commands.Query;
using Digest.Cli.Commands.Show;
using Digest.Cli.Commands.Stats;
using Digest.Cli.Commands.Top;
using Digest.Cli.Hosting;

namespace Digest.Cli;

/// <summary>The <c>digest</c> command: its verbs, wired to the host's configuration.</summary>
public static class DigestApp
{
    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors and warnings go.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        using var settings = new HostedConfiguration();
        var console = new CliConsole(output, error);
        var root = new RootCommand("Digest: turn digests of AI articles into a knowledge graph of papers, methods, models and their lineage.")
        {
            BuildCommandDefinition.Create(console),
            LineageCommandDefinition.Create(console),
            PathCommandDefinition.Create(console),
            TopCommandDefinition.Create(console),
            CommunitiesCommandDefinition.Create(console),
            StatsCommandDefinition.Create(console),
            ShowCommandDefinition.Create(console),
            LoadCommandDefinition.Create(console, settings),
            QueryCommandDefinition.Create(console, settings),
            ExportCommandDefinition.Create(console),
            EvalCommandDefinition.Create(console),
            BenchCommandDefinition.Create(console),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration);
    }
}
