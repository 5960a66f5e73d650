using System.Text.Json;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Loading;

/// <summary>
/// What the last <c>digest load</c> put into which database: the target, the id of that load (also
/// stored on the database's marker node, so a wiped or different database is noticed), and a hash
/// of every node and relationship row it sent. Kept beside <c>graph.json</c> as <c>load-manifest.json</c>.
/// </summary>
/// <param name="Target">The server and database, e.g. <c>http://localhost:7474/db/neo4j</c>.</param>
/// <param name="LoadId">The id of the load, as written on the marker node.</param>
/// <param name="Entries">The hash of each loaded row by the node or relationship it loads.</param>
public sealed record LoadManifest(string Target, string LoadId, IReadOnlyDictionary<GraphKey, string> Entries)
{
    /// <summary>The manifest's file name, beside <c>graph.json</c>.</summary>
    public const string FileName = "load-manifest.json";

    private const int Version = 1;

    /// <summary>The manifest path for a graph file.</summary>
    /// <param name="graphPath">The <c>graph.json</c> path.</param>
    public static string PathFor(string graphPath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(graphPath))!, FileName);

    /// <summary>Reads a manifest; null when there is none.</summary>
    /// <param name="path">The manifest path.</param>
    /// <exception cref="DigestInputException">The file exists but is not a manifest of this version.</exception>
    public static LoadManifest? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            if (root.GetProperty("version").GetInt32() != Version)
            {
                throw new FormatException("unknown manifest version");
            }

            var entries = new Dictionary<GraphKey, string>();
            foreach (var entry in root.GetProperty("entries").EnumerateArray())
            {
                var target = entry.TryGetProperty("target", out var t) ? t.GetString() : null;
                entries[new GraphKey(entry.GetProperty("kind").GetString()!, entry.GetProperty("id").GetString()!, target)] = entry.GetProperty("hash").GetString()!;
            }

            return new LoadManifest(root.GetProperty("target").GetString()!, root.GetProperty("loadId").GetString()!, entries);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new DigestInputException(path, null, "not a Digest load manifest (delete it or load with --full): " + e.Message);
        }
    }

    /// <summary>Writes the manifest atomically, entries sorted so equal manifests are equal files.</summary>
    /// <param name="path">The manifest path.</param>
    public void Write(string path) => AtomicFile.Write(path, stream =>
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("target", Target);
        json.WriteString("loadId", LoadId);
        json.WriteStartArray("entries");
        foreach (var (key, hash) in Entries.OrderBy(e => e.Key.Kind, StringComparer.Ordinal).ThenBy(e => e.Key.Id, StringComparer.Ordinal).ThenBy(e => e.Key.Target, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("kind", key.Kind);
            json.WriteString("id", key.Id);
            if (key.Target is { } target)
            {
                json.WriteString("target", target);
            }

            json.WriteString("hash", hash);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
