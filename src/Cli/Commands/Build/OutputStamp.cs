using System.Text.Json;
using Digest.GraphLoader.Export;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// What the last successful build wrote: its <see cref="BuildFingerprint"/>s (of the input and of the graph) and the
/// length and modification time of each output file, kept in the cache folder. When a fingerprint is the
/// same and no output was touched since, the outputs are already what a build would write.
/// It is removed before outputs are rewritten, so a build that fails halfway never leaves a stamp
/// that vouches for mixed files.
/// </summary>
internal static class OutputStamp
{
    /// <summary>The stamp's file name in the cache folder.</summary>
    public const string FileName = "outputs.json";

    private const int Version = 2;

    /// <summary>The stamp path of an output folder.</summary>
    public static string PathIn(string outDir) => Path.Combine(outDir, BuildCache.FolderName, FileName);

    /// <summary>Whether the outputs in the folder are those of a build with this input fingerprint.</summary>
    /// <param name="outDir">The output folder.</param>
    /// <param name="fingerprint">The fingerprint of the build about to run (<see cref="BuildFingerprint.Of"/>).</param>
    /// <param name="files">The output file names the build writes.</param>
    public static bool IsCurrent(string outDir, string fingerprint, IReadOnlyList<string> files) =>
        Matches(outDir, "fingerprint", fingerprint, files);

    /// <summary>Whether the files in the folder hold the graph of this graph fingerprint, untouched since they were written.</summary>
    /// <param name="outDir">The output folder.</param>
    /// <param name="graphFingerprint">The fingerprint of the graph about to be written (<see cref="BuildFingerprint.OfGraph"/>).</param>
    /// <param name="files">The exports that hold it.</param>
    public static bool HoldsGraph(string outDir, string graphFingerprint, IReadOnlyList<string> files) =>
        Matches(outDir, "graph", graphFingerprint, files);

    private static bool Matches(string outDir, string property, string fingerprint, IReadOnlyList<string> files)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(PathIn(outDir)));
            var root = document.RootElement;
            if (root.GetProperty("version").GetInt32() != Version || root.GetProperty(property).GetString() != fingerprint)
            {
                return false;
            }

            var stamped = root.GetProperty("files").EnumerateArray().ToDictionary(
                f => f.GetProperty("name").GetString()!,
                f => (Length: f.GetProperty("length").GetInt64(), Modified: f.GetProperty("modified").GetInt64()),
                StringComparer.Ordinal);
            return files.All(name => stamped.TryGetValue(name, out var stamp) && Describe(Path.Combine(outDir, name)) == stamp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // No stamp, or one we cannot read: the outputs are rebuilt, which is always safe.
            return false;
        }
    }

    /// <summary>Removes the stamp (before outputs are rewritten).</summary>
    /// <param name="outDir">The output folder.</param>
    public static void Remove(string outDir)
    {
        if (File.Exists(PathIn(outDir)))
        {
            File.Delete(PathIn(outDir));
        }
    }

    /// <summary>Stamps the outputs just written.</summary>
    /// <param name="outDir">The output folder.</param>
    /// <param name="fingerprint">The fingerprint of the input of the build that wrote them.</param>
    /// <param name="graphFingerprint">The fingerprint of the graph they hold.</param>
    /// <param name="files">The output file names.</param>
    public static void Write(string outDir, string fingerprint, string graphFingerprint, IReadOnlyList<string> files) => AtomicFile.Write(PathIn(outDir), stream =>
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("fingerprint", fingerprint);
        json.WriteString("graph", graphFingerprint);
        json.WriteStartArray("files");
        foreach (var name in files)
        {
            var (length, modified) = Describe(Path.Combine(outDir, name));
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteNumber("length", length);
            json.WriteNumber("modified", modified);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static (long Length, long Modified) Describe(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, -1);
    }
}
