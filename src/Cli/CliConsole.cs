namespace Digest.Cli;

/// <summary>The writers a command reports to (the real console, or a <see cref="StringWriter"/> in tests).</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors, warnings and progress.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Reports an error and returns the exit code for it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="exitCode">The exit code.</param>
    public int Fail(string message, int exitCode = 1)
    {
        Error.WriteLine("error: " + message);
        return exitCode;
    }
}
