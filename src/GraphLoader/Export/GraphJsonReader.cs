using System.Text.Json;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Export.Snapshots;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Reads a <c>graph.json</c> written by <see cref="JsonExporter"/> back into graph data (article
/// bodies are not stored, so they come back empty). The file is streamed through a small buffer,
/// never held whole, and repeated strings (ids, cues, sentences) are shared.
/// </summary>
public static class GraphJsonReader
{
    /// <summary>Reads the file, evidence included.</summary>
    /// <param name="path">The <c>graph.json</c> path.</param>
    /// <exception cref="DigestInputException">The file is missing or not a Digest graph.</exception>
    public static KnowledgeGraphData Read(string path) => Load(path, deferEvidence: false).Data;

    /// <summary>
    /// Reads the file for analysis: relations come without their evidence, which stays in the
    /// file until <see cref="StoredGraph.Evidence"/> is asked for it (most answers never print it).
    /// When the file lies beside a build's cache folder, the graph comes from the analysis snapshot
    /// there if that holds the file's current content, and is snapshotted after parsing if not.
    /// </summary>
    /// <param name="path">The <c>graph.json</c> path.</param>
    /// <param name="cacheFolderName">The name of a build's cache folder, where snapshots are kept; null for none.</param>
    /// <exception cref="DigestInputException">The file is missing or not a Digest graph.</exception>
    public static StoredGraph ReadForAnalysis(string path, string? cacheFolderName = null)
    {
        var file = new FileInfo(path);
        var snapshot = file.Exists && cacheFolderName is not null ? AnalysisSnapshot.PathFor(path, cacheFolderName) : null;
        if (snapshot is null)
        {
            return Load(path, deferEvidence: true);
        }

        var stamp = GraphFileStamp.Of(file);
        if (AnalysisSnapshot.TryRead(snapshot, stamp) is { } stored)
        {
            return new StoredGraph(stored.Data, new GraphJsonEvidence(path, stored.Spans, stamp)) { SnapshotPath = snapshot, FromSnapshot = true };
        }

        var written = new SnapshotWriter();
        var (parsed, strings) = Parse(path, deferEvidence: true, JsonArrayStream.DefaultBufferSize, written);
        if (parsed.Evidence is GraphJsonEvidence evidence && stamp.StillMatches(file) && evidence.Matches(stamp)
            && AnalysisSnapshot.TryWrite(snapshot, stamp, written, strings))
        {
            return parsed with { SnapshotPath = snapshot };
        }

        return parsed;
    }

    /// <summary>Reads the file with evidence or without, through a buffer of the given initial size.</summary>
    /// <param name="path">The <c>graph.json</c> path.</param>
    /// <param name="deferEvidence">Whether to leave evidence in the file.</param>
    /// <param name="bufferSize">The read buffer's initial size (tests use a tiny one so values cross its end).</param>
    internal static StoredGraph Load(string path, bool deferEvidence, int bufferSize = JsonArrayStream.DefaultBufferSize) =>
        Parse(path, deferEvidence, bufferSize, snapshot: null).Graph;

    /// <summary>Reads the file, writing what it reads to a snapshot writer too when one is given.</summary>
    private static (StoredGraph Graph, IReadOnlyList<string> Strings) Parse(string path, bool deferEvidence, int bufferSize, SnapshotWriter? snapshot)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new DigestInputException(path, null, "no such graph file (run `digest build` first)");
        }

        var parser = new GraphJsonParser(deferEvidence, snapshot);
        try
        {
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
            {
                new JsonArrayStream(stream, bufferSize).Read(name => name switch
                {
                    "nodes" => parser.Node,
                    "edges" => parser.Edge,
                    _ => null,
                });
            }
        }
        catch (JsonException e) when (e.LineNumber is { } line)
        {
            throw new DigestInputException(path, (int)line + 1, "not a Digest graph.json: " + e.Message);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new DigestInputException(path, LineAt(path, parser.ElementOffset), "not a Digest graph.json: " + e.Message);
        }

        var data = new KnowledgeGraphData(
            EquatableArray<Article>.From(parser.Articles),
            EquatableArray<Entity>.From(parser.Entities),
            EquatableArray<Relation>.From(parser.Relations),
            EquatableArray<ArticleMention>.From(parser.Mentions),
            EquatableArray<EntityMetrics>.From(parser.Metrics));
        return (new StoredGraph(data, deferEvidence ? new GraphJsonEvidence(path, [.. parser.EvidenceSpans], file) : null), parser.PooledStrings);
    }

    /// <summary>The 1-based line of a file offset (counted only when reporting an error).</summary>
    private static int LineAt(string path, long offset)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        var line = 1;
        for (var left = offset; left > 0;)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                break;
            }

            line += buffer.AsSpan(0, read).Count((byte)'\n');
            left -= read;
        }

        return line;
    }
}
