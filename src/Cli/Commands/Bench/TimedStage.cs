using System.Diagnostics;
using Digest.Extractor.Pipeline;

namespace Digest.Cli.Commands.Bench;

/// <summary>Wraps an extraction stage and adds up the thread time it spends and the bytes it allocates, across all threads.</summary>
/// <param name="inner">The stage measured.</param>
internal sealed class TimedStage(IExtractionStage inner) : IExtractionStage
{
    private long _ticks;
    private long _allocated;

    /// <summary>The measured stage's type name.</summary>
    public string Name => inner.GetType().Name;

    /// <summary>Thread time spent in the stage so far (summed over threads, so it can exceed wall-clock time).</summary>
    public TimeSpan Spent => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    /// <summary>Bytes the stage allocated so far, summed over threads.</summary>
    public long Allocated => Interlocked.Read(ref _allocated);

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        inner.Run(context);
        Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }
}
