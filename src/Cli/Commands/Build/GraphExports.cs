using System.Diagnostics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Export.Records;

namespace Digest.Cli.Commands.Build;

/// <summary>Writes every export of a build, side by side (each exporter only reads the graph and writes its own file); <c>build</c> and <c>bench</c> both run it.</summary>
internal static class GraphExports
{
    /// <summary>
    /// Writes each of <see cref="BuildCommand.Exporters"/> atomically into <paramref name="outDir"/>, with the record
    /// index of each record export in the cache folder, so the next build can copy the records that did not change.
    /// </summary>
    /// <param name="graph">The graph with its metrics.</param>
    /// <param name="outDir">The output folder.</param>
    /// <param name="threads">Exporters at once; 0 or less means all of them (the system shares the cores among them: their sizes differ, so one worker per core left a core idle while the longest finished; a clean write of the corpus took 2.41-2.63 s instead of 2.70-2.89 s).</param>
    /// <param name="copyFromLastExports">Whether unchanged records are copied from the files in the folder (false: a clean build).</param>
    /// <param name="progress">Receives the number of files written so far.</param>
    /// <param name="startedHashes">The record hashes begun before the metrics (<see cref="GraphRecordHashes.StartWithoutEntities"/>), or null.</param>
    /// <returns>How each export went, in exporter order.</returns>
    public static IReadOnlyList<ExportResult> WriteAll(
        KnowledgeGraphData graph, string outDir, int threads, bool copyFromLastExports, IProgress<int>? progress = null, Task<GraphRecordHashes>? startedHashes = null)
    {
        var exporters = BuildCommand.Exporters;
        var hashes = startedHashes is null ? GraphRecordHashes.Compute(graph) : GraphRecordHashes.Compute(graph, startedHashes);
        var results = new ExportResult[exporters.Count];
        var written = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : exporters.Count };
        Parallel.For(0, exporters.Count, options, i =>
        {
            var start = Stopwatch.GetTimestamp();
            var exporter = exporters[i];
            var path = Path.Combine(outDir, exporter.FileName);
            if (exporter is IRecordExporter recordExporter)
            {
                using var reuse = new RecordReuse(hashes, path, IndexPath(outDir, exporter.FileName), copyFromLastExports);
                AtomicFile.WriteOverSpare(path, stream => recordExporter.Write(graph, stream, reuse), bufferSize: 0);
                reuse.SaveIndex();
                results[i] = new ExportResult(exporter.FileName, Stopwatch.GetElapsedTime(start), hashes.Count, reuse.CopiedRecords, reuse.CopiedHeads);
            }
            else
            {
                AtomicFile.Write(path, stream => exporter.Write(graph, stream), bufferSize: 0);
                results[i] = new ExportResult(exporter.FileName, Stopwatch.GetElapsedTime(start), 0, 0, 0);
            }

            progress?.Report(Interlocked.Increment(ref written));
        });
        return results;
    }

    /// <summary>Where the record index of an export lives: in the cache folder, named after the file.</summary>
    /// <param name="outDir">The output folder.</param>
    /// <param name="fileName">The export's file name.</param>
    public static string IndexPath(string outDir, string fileName) => Path.Combine(outDir, BuildCache.FolderName, fileName + ".records");
}
