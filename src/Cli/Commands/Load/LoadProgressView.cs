using Digest.GraphLoader.Loading;
using Spectre.Console;

namespace Digest.Cli.Commands.Load;

/// <summary>Shows load progress: a Spectre.Console bar on an interactive terminal, else a plain line at every tenth of the way.</summary>
internal static class LoadProgressView
{
    /// <summary>Runs <paramref name="load"/>, feeding its progress to the view.</summary>
    /// <param name="console">Where to report (progress goes to the error writer).</param>
    /// <param name="load">The load, given the progress callback.</param>
    public static async Task<LoadSummary> RunAsync(CliConsole console, Func<Action<LoadStep>, Task<LoadSummary>> load)
    {
        if (ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected)
        {
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            if (terminal.Profile.Capabilities.Interactive)
            {
                return await terminal.Progress().StartAsync(async context =>
                {
                    var task = context.AddTask("load");
                    return await load(step =>
                    {
                        task.MaxValue = step.Total;
                        task.Value = step.Done;
                        task.Description = Markup.Escape(step.Purpose);
                    });
                });
            }
        }

        var lastTenth = -1;
        return await load(step =>
        {
            var tenth = step.Done * 10 / Math.Max(1, step.Total);
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                console.Error.WriteLine($"load: {step.Done * 100 / Math.Max(1, step.Total)}% ({step.Done}/{step.Total}) {step.Purpose}");
            }
        });
    }
}
