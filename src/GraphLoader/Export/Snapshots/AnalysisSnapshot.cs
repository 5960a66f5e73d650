using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Export.Snapshots;

/// <summary>
/// A binary copy of what analysis reads from a <c>graph.json</c> (the graph without evidence, and where each relation's
/// evidence lies in the file), kept in the build's cache folder beside it and keyed by the file's
/// <see cref="GraphFileStamp"/>. Reading it takes a fraction of parsing the JSON (corpus graph: about 1.7 s to parse,
/// see README), so only the first analysis command after a build pays for the parse.
/// </summary>
/// <remarks>
/// Layout: a header (magic, format version, the ids of the code that wrote it and of the model, the graph file's stamp,
/// the body's length, XXH64 and where its string table starts), then the body: articles, entities, metrics, relations
/// with their evidence spans and MENTIONS, their strings as indexes into the string table that ends it. A snapshot that
/// is damaged, of another format or code, or of another state of the file is not read.
/// </remarks>
internal static class AnalysisSnapshot
{
    /// <summary>Strict UTF-8: a string it cannot encode exactly is not snapshotted, never changed.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const int FormatVersion = 2;

    private static readonly byte[] Magic = "DGSNAP\r\n"u8.ToArray();

    /// <summary>
    /// The code that writes and reads snapshots and the model they hold (its enums are stored as numbers): a snapshot
    /// from another build of either is not trusted.
    /// </summary>
    private static readonly byte[] CodeId =
        [.. typeof(AnalysisSnapshot).Assembly.ManifestModule.ModuleVersionId.ToByteArray(), .. typeof(Entity).Assembly.ManifestModule.ModuleVersionId.ToByteArray()];

    private static int HeaderLength => Magic.Length + sizeof(int) + CodeId.Length + (6 * sizeof(long));

    /// <summary>
    /// Where the snapshot of a graph file lives: in the build cache folder beside it, or null when there is none (a
    /// graph.json that no build wrote there gets no hidden folder made beside it).
    /// </summary>
    /// <param name="graphPath">The graph file.</param>
    /// <param name="cacheFolderName">The name of a build's cache folder.</param>
    public static string? PathFor(string graphPath, string cacheFolderName)
    {
        var full = Path.GetFullPath(graphPath);
        var cache = Path.Combine(Path.GetDirectoryName(full)!, cacheFolderName);
        return Directory.Exists(cache) ? Path.Combine(cache, Path.GetFileName(full) + ".analysis") : null;
    }

    /// <summary>Reads the snapshot when it holds the stamped state of the graph file.</summary>
    /// <param name="path">The snapshot.</param>
    /// <param name="stamp">The graph file's stamp now.</param>
    /// <returns>The graph (relations without evidence) and each relation's evidence span in the graph file; null when absent, stale or damaged.</returns>
    public static (KnowledgeGraphData Data, (long Offset, int Length)[] Spans)? TryRead(string path, GraphFileStamp stamp)
    {
        try
        {
            // A missing snapshot is an IOException (FileNotFoundException) like any other unreadable one.
            var bytes = File.ReadAllBytes(path);
            if (TableStart(bytes, stamp) is not { } tableStart)
            {
                return null;
            }

            var table = new SnapshotReader(bytes, tableStart, bytes.Length, []);
            var strings = table.StringTable();
            return table.AtEnd ? ReadBody(new SnapshotReader(bytes, HeaderLength, tableStart, strings)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Writes the snapshot, atomically; a folder that cannot be written leaves the graph without one.</summary>
    /// <param name="path">The snapshot.</param>
    /// <param name="stamp">The graph file's stamp when it was read.</param>
    /// <param name="written">What the parser wrote while reading the file (with its evidence left there).</param>
    /// <param name="strings">The strings the parser's indexes refer to.</param>
    /// <returns>Whether it was written.</returns>
    public static bool TryWrite(string path, GraphFileStamp stamp, SnapshotWriter written, IReadOnlyList<string> strings)
    {
        try
        {
            var (body, tableStart) = written.Finish(strings);
            var header = new byte[HeaderLength];
            var at = header.AsSpan();
            Magic.CopyTo(at);
            at = at[Magic.Length..];
            BinaryPrimitives.WriteInt32LittleEndian(at, FormatVersion);
            CodeId.CopyTo(at[sizeof(int)..]);
            at = at[(sizeof(int) + CodeId.Length)..];
            BinaryPrimitives.WriteInt64LittleEndian(at, stamp.Length);
            BinaryPrimitives.WriteInt64LittleEndian(at[8..], stamp.WrittenUtcTicks);
            BinaryPrimitives.WriteUInt64LittleEndian(at[16..], stamp.ContentHash);
            BinaryPrimitives.WriteInt64LittleEndian(at[24..], body.Count);
            BinaryPrimitives.WriteUInt64LittleEndian(at[32..], XxHash64.Hash(body, 0));
            BinaryPrimitives.WriteInt64LittleEndian(at[40..], tableStart);
            AtomicFile.Write(path, stream =>
            {
                stream.Write(header);
                stream.Write(body);
            });
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Where the string table starts, when the header is this code's and matches the stamp and the body; else null.</summary>
    private static int? TableStart(byte[] bytes, GraphFileStamp stamp)
    {
        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var at = bytes.AsSpan(Magic.Length);
        if (BinaryPrimitives.ReadInt32LittleEndian(at) != FormatVersion || !at.Slice(sizeof(int), CodeId.Length).SequenceEqual(CodeId))
        {
            return null;
        }

        at = at[(sizeof(int) + CodeId.Length)..];
        var body = bytes.AsSpan(HeaderLength);
        var tableStart = BinaryPrimitives.ReadInt64LittleEndian(at[40..]);
        var matches = BinaryPrimitives.ReadInt64LittleEndian(at) == stamp.Length
            && BinaryPrimitives.ReadInt64LittleEndian(at[8..]) == stamp.WrittenUtcTicks
            && BinaryPrimitives.ReadUInt64LittleEndian(at[16..]) == stamp.ContentHash
            && BinaryPrimitives.ReadInt64LittleEndian(at[24..]) == body.Length
            && BinaryPrimitives.ReadUInt64LittleEndian(at[32..]) == XxHash64.Hash(body, 0)
            && tableStart >= 0 && tableStart <= body.Length;
        return matches ? HeaderLength + (int)tableStart : null;
    }

    private static (KnowledgeGraphData Data, (long Offset, int Length)[] Spans)? ReadBody(SnapshotReader reader)
    {
        var articles = new Article[reader.Count(4 * sizeof(int))];
        for (var i = 0; i < articles.Length; i++)
        {
            articles[i] = new Article(reader.String(), reader.String(), reader.NullableString(), reader.String(), reader.Int(), string.Empty, reader.Bool());
        }

        var entities = new Entity[reader.Count(5 * sizeof(int))];
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = new Entity(reader.String(), reader.Enum<EntityType>(), reader.String(), Strings(reader), reader.Int(), Strings(reader));
        }

        var metrics = new EntityMetrics[reader.Count(sizeof(int) + (2 * sizeof(double)))];
        for (var i = 0; i < metrics.Length; i++)
        {
            metrics[i] = new EntityMetrics(reader.String(), reader.Double(), reader.Double(), reader.String(), reader.Int());
        }

        var relations = new Relation[reader.Count(3 * sizeof(int))];
        var spans = new (long Offset, int Length)[relations.Length];
        for (var i = 0; i < relations.Length; i++)
        {
            relations[i] = new Relation(reader.String(), reader.Enum<RelationType>(), reader.String(), EquatableArray<Evidence>.Empty, reader.Double());
            spans[i] = (reader.Long(), reader.Int());
        }

        var mentions = new ArticleMention[reader.Count(3 * sizeof(int))];
        for (var i = 0; i < mentions.Length; i++)
        {
            mentions[i] = new ArticleMention(reader.String(), reader.String(), reader.Int());
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("the snapshot has bytes after its end");
        }

        var data = new KnowledgeGraphData(Wrap(articles), Wrap(entities), Wrap(relations), Wrap(mentions), Wrap(metrics));
        return (data, spans);
    }

    private static EquatableArray<string> Strings(SnapshotReader reader)
    {
        var count = reader.Count(sizeof(int));
        if (count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var items = new string[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = reader.String();
        }

        return Wrap(items);
    }

    /// <summary>Hands a freshly filled array over without copying it.</summary>
    private static EquatableArray<T> Wrap<T>(T[] items) => new(ImmutableCollectionsMarshal.AsImmutableArray(items));
}
