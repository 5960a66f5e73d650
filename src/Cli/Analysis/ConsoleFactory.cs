using Spectre.Console;

namespace Digest.Cli.Analysis;

/// <summary>
/// A Spectre console over a command's output writer: colours and the terminal's width on a real
/// terminal; plain text (no escape codes) and a wide fixed width when redirected or captured,
/// so long names and evidence sentences stay on one line for grep and tests.
/// </summary>
public static class ConsoleFactory
{
    /// <summary>The width used when the output is not a terminal.</summary>
    public const int RedirectedWidth = 320;

    /// <summary>Creates the console.</summary>
    /// <param name="writer">Where output goes.</param>
    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
