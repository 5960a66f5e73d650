using Digest.Extractor.Reading;

namespace Digest.Cli.Commands.Bench;

/// <summary>Prints the bench table: per stage the median time, throughput, allocations and peak working set.</summary>
/// <param name="output">Where the table goes.</param>
/// <param name="read">What the runs read (for sizes and counts).</param>
/// <param name="threads">The thread count asked for.</param>
internal sealed class BenchReport(TextWriter output, ReadResult read, int threads)
{
    private const double Mega = 1024 * 1024;

    /// <summary>Prints the table.</summary>
    /// <param name="runs">Each run's stage measurements, in stage order.</param>
    /// <param name="extractionStages">The last run's pipeline stages with their thread time.</param>
    /// <param name="exports">The last run's exports with the time each took (they run side by side).</param>
    /// <param name="floor">How long copying the last run's exports took.</param>
    public void Print(
        IReadOnlyList<IReadOnlyList<StageMeasurement>> runs,
        IReadOnlyList<TimedStage> extractionStages,
        IReadOnlyList<(string FileName, TimeSpan Elapsed)> exports,
        OutputCopyFloor floor)
    {
        var megabytes = read.Bytes / Mega;
        var articles = read.Articles.Count;
        output.WriteLine($"Input: {articles} articles, {read.Files.Count} file(s), {megabytes:0.00} MB; {runs.Count} run(s), threads {(threads > 0 ? threads : Environment.ProcessorCount)}, median per stage");
        output.WriteLine($"{"stage",-22} {"ms",9} {"cpu ms",9} {"MB/s",9} {"articles/s",11} {"alloc MB",9} {"peak WS MB",11}");
        var stages = runs[0].Select(m => m.Stage).ToList();
        double totalMs = 0;
        double totalCpu = 0;
        double totalAlloc = 0;
        foreach (var stage in stages)
        {
            var all = runs.Select(r => r.Single(m => m.Stage == stage)).ToList();
            var ms = Median(all.Select(m => m.Elapsed.TotalMilliseconds));
            var cpu = Median(all.Select(m => m.CpuTime.TotalMilliseconds));
            var alloc = Median(all.Select(m => (double)m.AllocatedBytes)) / Mega;
            totalMs += ms;
            totalCpu += cpu;
            totalAlloc += alloc;
            Row(stage, ms, cpu, alloc, all.Max(m => m.PeakWorkingSet) / Mega);
        }

        Row("total", totalMs, totalCpu, totalAlloc, runs.Max(r => r.Max(m => m.PeakWorkingSet)) / Mega);
        output.WriteLine();
        output.WriteLine("Extraction stages (thread time and allocations of the last run, summed over threads):");
        var spent = extractionStages.Sum(s => s.Spent.TotalMilliseconds);
        foreach (var stage in extractionStages)
        {
            var ms = stage.Spent.TotalMilliseconds;
            output.WriteLine($"  {stage.Name,-22} {ms,9:0} ms {(spent > 0 ? 100 * ms / spent : 0),6:0.0} % {stage.Allocated / Mega,9:0.0} MB");
        }

        output.WriteLine();
        output.WriteLine("Exports (wall time of each in the last run; they run side by side):");
        foreach (var (fileName, elapsed) in exports)
        {
            output.WriteLine($"  {fileName,-22} {elapsed.TotalMilliseconds,9:0} ms");
        }

        var floorMs = floor.Elapsed.TotalMilliseconds;
        output.WriteLine();
        output.WriteLine($"Exports: {floor.Bytes / Mega:0.0} MB in {floor.Files} files, {floor.Bytes / Math.Max(read.Bytes, 1.0):0.0}x the input.");
        output.WriteLine($"  copy of the exports   {floorMs,9:0} ms {floor.Bytes / Mega / Math.Max(floorMs / 1000, 0.001),9:0} MB/s  (file to file: the least any build spends writing them)");

        void Row(string stage, double ms, double cpuMs, double allocMb, double peakMb)
        {
            var seconds = Math.Max(ms, 0.001) / 1000;
            output.WriteLine($"{stage,-22} {ms,9:0.0} {cpuMs,9:0} {megabytes / seconds,9:0.0} {articles / seconds,11:0} {allocMb,9:0.0} {peakMb,11:0.0}");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
