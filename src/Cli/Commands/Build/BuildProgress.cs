using Spectre.Console;

namespace Digest.Cli.Commands.Build;

/// <summary>Chooses how a build shows progress: a bar when the error stream is an interactive terminal, plain lines otherwise (PLATFORM.md §4).</summary>
internal static class BuildProgress
{
    /// <summary>Runs the build's steps with a reporter suited to where <paramref name="console"/> writes.</summary>
    public static T Run<T>(CliConsole console, Func<IStepReporter, T> body)
    {
        if (!ReferenceEquals(console.Error, Console.Error) || Console.IsErrorRedirected)
        {
            return body(new PlainStepReporter(console.Error));
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!terminal.Profile.Capabilities.Interactive)
        {
            return body(new PlainStepReporter(console.Error));
        }

        return terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => body(new TerminalStepReporter(context)));
    }
}
