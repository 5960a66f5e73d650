using System.Diagnostics;
using Digest.Extractor.Pipeline;

namespace Digest.Cli.Commands.Bench;

/// <summary>Wraps an extraction stage and adds up the thread time it spends, across all threads.</summary>
/// <param name="inner">The stage measured.</param>
internal sealed class TimedStage(IExtractionStage inner) : IExtractionStage
{
    private long _ticks;

    /// <summary>The measured stage's type name.</summary>
    public string Name => inner.GetType().Name;

    /// <summary>Thread time spent in the stage so far (summed over threads, so it can exceed wall-clock time).</summary>
    public TimeSpan Spent => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var start = Stopwatch.GetTimestamp();
        inner.Run(context);
        Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
    }
}
