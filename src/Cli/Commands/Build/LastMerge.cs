using System.Security.Cryptography;
using Digest.Extractor.Building;
using Digest.GraphLoader.Export;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// What the merge behind the exports took and where it put each article's relations, kept in the cache folder
/// (<c>merge.bin</c>) for a rebuild whose edits only reword evidence (<see cref="EvidencePatching"/>): the fingerprint of
/// the graph the exports hold (<see cref="BuildFingerprint.OfGraph"/>), each article's key and merge input hash in input
/// order, the graph's relationship count and the <see cref="RelationPlaces"/>. One binary file ending in a SHA-256 of
/// the rest, written atomically; a file that is missing, damaged or of another format is not used.
/// </summary>
/// <param name="GraphFingerprint">The fingerprint of the graph the merge made.</param>
/// <param name="Keys">Each article's key, in input order.</param>
/// <param name="MergeHashes">Each article's merge input hash, in input order.</param>
/// <param name="RelationCount">How many relationships the graph has.</param>
/// <param name="Places">Where the merge put each article's relations.</param>
internal sealed record LastMerge(string GraphFingerprint, UInt128[] Keys, UInt128[] MergeHashes, int RelationCount, RelationPlaces Places)
{
    /// <summary>The file's name in the cache folder.</summary>
    public const string FileName = "merge.bin";

    private const int Format = 1;

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
            writer.Write(RelationCount);
            writer.Write(Keys.Length);
            for (var i = 0; i < Keys.Length; i++)
            {
                Write(writer, Keys[i]);
                Write(writer, MergeHashes[i]);
            }

            foreach (var start in Places.Starts)
            {
                writer.Write(start);
            }

            foreach (var place in Places.All)
            {
                writer.Write(place);
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
            var relationCount = reader.ReadInt32();
            var count = reader.ReadInt32();
            var keys = new UInt128[count];
            var hashes = new UInt128[count];
            for (var i = 0; i < count; i++)
            {
                keys[i] = Read(reader);
                hashes[i] = Read(reader);
            }

            var starts = new int[count + 1];
            for (var i = 0; i < starts.Length; i++)
            {
                starts[i] = reader.ReadInt32();
            }

            var places = new int[starts[^1]];
            for (var i = 0; i < places.Length; i++)
            {
                places[i] = reader.ReadInt32();
            }

            return reader.BaseStream.Position == reader.BaseStream.Length
                ? new LastMerge(fingerprint, keys, hashes, relationCount, new RelationPlaces(starts, places))
                : null;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or OverflowException or IOException)
        {
            return null;
        }
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
