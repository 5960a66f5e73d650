using System.Diagnostics;

namespace Digest.Cli.Commands.Bench;

/// <summary>Times stages of one run and records what each allocated and the peak working set after it.</summary>
internal sealed class StageMeter
{
    private readonly List<StageMeasurement> _measurements = [];

    /// <summary>The stages measured so far, in order.</summary>
    public IReadOnlyList<StageMeasurement> Measurements => _measurements;

    /// <summary>Runs and measures one stage.</summary>
    public T Measure<T>(string stage, Func<T> run)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        _measurements.Add(new StageMeasurement(stage, clock.Elapsed, process.TotalProcessorTime - cpuBefore, allocated, process.PeakWorkingSet64));
        return result;
    }
}
