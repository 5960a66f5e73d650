namespace Digest.Cli.Commands.Bench;

/// <summary>What one stage of one run cost.</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="CpuTime">Processor time of the whole process (all threads) during the stage: steadier than wall-clock time on a busy machine.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap by all threads during the stage.</param>
/// <param name="PeakWorkingSet">The process's peak working set when the stage ended.</param>
internal sealed record StageMeasurement(string Stage, TimeSpan Elapsed, TimeSpan CpuTime, long AllocatedBytes, long PeakWorkingSet);
