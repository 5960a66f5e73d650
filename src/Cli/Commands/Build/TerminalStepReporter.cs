using Spectre.Console;

namespace Digest.Cli.Commands.Build;

/// <summary>Progress on a terminal: one Spectre.Console bar per step.</summary>
/// <param name="context">The live progress display.</param>
internal sealed class TerminalStepReporter(ProgressContext context) : IStepReporter
{
    /// <inheritdoc />
    public T Step<T>(string name, int total, Func<IProgress<int>, T> work)
    {
        var task = context.AddTask(name, maxValue: Math.Max(1, total));
        var result = work(new CallbackProgress(done => task.Value = done));
        task.Value = task.MaxValue;
        task.StopTask();
        return result;
    }
}
