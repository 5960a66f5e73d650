using System.Security.Cryptography;
using Digest.Extractor.Building;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Export.Records;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// What the merge behind the exports took and where it put it, kept in the cache folder (<c>merge.bin</c>) for a rebuild
/// that patches the exports (<see cref="ExportPatching"/>): the fingerprint of the graph the exports hold
/// (<see cref="BuildFingerprint.OfGraph"/>), each article's merge input hash in input order (the cache holds what the
/// merge took under it), the graph's record counts and the <see cref="MergeLayout"/>. One binary file ending in a SHA-256 of the rest, written
/// atomically; a file that is missing, damaged or of another format is not used.
/// </summary>
/// <param name="GraphFingerprint">The fingerprint of the graph the merge made.</param>
/// <param name="MergeHashes">Each article's merge input hash, in input order.</param>
/// <param name="Counts">How many records of each kind the graph has.</param>
/// <param name="Layout">Where the merge put what each article gave it.</param>
internal sealed record LastMerge(string GraphFingerprint, UInt128[] MergeHashes, RecordCounts Counts, MergeLayout Layout)
{
    /// <summary>The file's name in the cache folder.</summary>
    public const string FileName = "merge.bin";

    private const int Format = 3;

    private static ReadOnlySpan<byte> Magic => "DIGESTLM"u8;

    /// <summary>The file of an output folder.</summary>
    /// <param name="outDir">The output folder.</param>
    public static string PathIn(string outDir) => Path.Combine(outDir, BuildCache.FolderName, FileName);

    /// <summary>Writes the file atomically.</summary>
    /// <param name="outDir">The output folder.</param>
    public void Save(string outDir)
    {
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(GraphFingerprint);
            writer.Write(Counts.Articles);
            writer.Write(Counts.Entities);
            writer.Write(Counts.Mentions);
            writer.Write(Counts.Relations);
            writer.Write(MergeHashes.Length);
            foreach (var hash in MergeHashes)
            {
                Write(writer, hash);
            }

            Write(writer, Layout.Entities);
            Write(writer, Layout.Relations);
            writer.Write(Layout.Uniform.Length);
            foreach (var uniform in Layout.Uniform)
            {
                writer.Write(uniform);
            }
        }

        content.Write(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
        AtomicFile.Write(PathIn(outDir), stream => content.WriteTo(stream));
    }

    /// <summary>Reads the file of an output folder; null when there is none or it cannot be trusted.</summary>
    /// <param name="outDir">The output folder.</param>
    public static LastMerge? TryLoad(string outDir)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(PathIn(outDir));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var body = bytes.Length - SHA256.HashSizeInBytes;
        if (body < Magic.Length || !SHA256.HashData(bytes.AsSpan(0, body)).AsSpan().SequenceEqual(bytes.AsSpan(body)) || !bytes.AsSpan().StartsWith(Magic))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, body - Magic.Length));
            if (reader.ReadInt32() != Format)
            {
                return null;
            }

            var fingerprint = reader.ReadString();
            var counts = new RecordCounts(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            var count = reader.ReadInt32();
            var hashes = new UInt128[count];
            for (var i = 0; i < count; i++)
            {
                hashes[i] = Read(reader);
            }

            var entities = ReadPlaces(reader, count);
            var relations = ReadPlaces(reader, count);
            var uniform = new bool[reader.ReadInt32()];
            for (var i = 0; i < uniform.Length; i++)
            {
                uniform[i] = reader.ReadBoolean();
            }

            return reader.BaseStream.Position == reader.BaseStream.Length
                ? new LastMerge(fingerprint, hashes, counts, new MergeLayout(entities, relations, uniform))
                : null;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or OverflowException or IOException)
        {
            return null;
        }
    }

    private static void Write(BinaryWriter writer, ArticlePlaces places)
    {
        foreach (var start in places.Starts)
        {
            writer.Write(start);
        }

        foreach (var place in places.All)
        {
            writer.Write(place);
        }
    }

    private static ArticlePlaces ReadPlaces(BinaryReader reader, int articles)
    {
        var starts = new int[articles + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = reader.ReadInt32();
        }

        var places = new int[Math.Max(0, starts[^1])];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = reader.ReadInt32();
        }

        return new ArticlePlaces(starts, places);
    }

    private static void Write(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)value);
        writer.Write((ulong)(value >> 64));
    }

    private static UInt128 Read(BinaryReader reader)
    {
        var low = reader.ReadUInt64();
        return new UInt128(reader.ReadUInt64(), low);
    }
}
