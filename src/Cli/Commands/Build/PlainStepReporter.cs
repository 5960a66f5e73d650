using System.Diagnostics;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// Progress without a terminal (redirected output, CI): a line at most every
/// <see cref="Interval"/> while a step runs, and one when it ends, on the error writer so the
/// output stays clean.
/// </summary>
/// <param name="error">Where the lines go.</param>
internal sealed class PlainStepReporter(TextWriter error) : IStepReporter
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public T Step<T>(string name, int total, Func<IProgress<int>, T> work)
    {
        var clock = Stopwatch.StartNew();
        var lastLine = TimeSpan.Zero;
        var gate = new object();
        var result = work(new CallbackProgress(done =>
        {
            lock (gate)
            {
                if (clock.Elapsed - lastLine >= Interval)
                {
                    lastLine = clock.Elapsed;
                    error.WriteLine($"{name}: {done}/{total} ({100.0 * done / Math.Max(1, total):0}%)");
                }
            }
        }));
        lock (gate)
        {
            error.WriteLine($"{name}: done in {clock.Elapsed.TotalSeconds:0.00} s");
        }

        return result;
    }
}
