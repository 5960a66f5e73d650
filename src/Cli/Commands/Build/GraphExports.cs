using System.Diagnostics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;

namespace Digest.Cli.Commands.Build;

/// <summary>Writes every export of a build, side by side (each exporter only reads the graph and writes its own file); <c>build</c> and <c>bench</c> both run it.</summary>
internal static class GraphExports
{
    /// <summary>Writes each of <see cref="BuildCommand.Exporters"/> atomically into <paramref name="outDir"/>.</summary>
    /// <param name="graph">The graph with its metrics.</param>
    /// <param name="outDir">The output folder.</param>
    /// <param name="threads">Exporters at once; 0 or less means all cores.</param>
    /// <param name="progress">Receives the number of files written so far.</param>
    /// <returns>Each exporter's file name and the time it took, in exporter order.</returns>
    public static IReadOnlyList<(string FileName, TimeSpan Elapsed)> WriteAll(KnowledgeGraphData graph, string outDir, int threads, IProgress<int>? progress = null)
    {
        var exporters = BuildCommand.Exporters;
        var elapsed = new TimeSpan[exporters.Count];
        var written = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.For(0, exporters.Count, options, i =>
        {
            var start = Stopwatch.GetTimestamp();
            AtomicFile.Write(Path.Combine(outDir, exporters[i].FileName), stream => exporters[i].Write(graph, stream), bufferSize: 0);
            elapsed[i] = Stopwatch.GetElapsedTime(start);
            progress?.Report(Interlocked.Increment(ref written));
        });
        return exporters.Select((e, i) => (e.FileName, elapsed[i])).ToList();
    }
}
