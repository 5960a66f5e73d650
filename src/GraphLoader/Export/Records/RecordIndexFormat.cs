using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// The layout of a record index file (little-endian): the entries, in file order (each record's
/// hash, offset and length in the export, the hash of the bytes between it and the record before
/// it, and its head's hash and length, see <see cref="RecordHead"/>), then a trailer (magic, format, the exporter code's version, the export file's length and
/// modification time as the index describes it, the entry count), then a checksum: XXH64 chained over
/// the entries a block at a time and then the trailer, so the index is written as the export is,
/// never held whole. Any mismatch makes the index unusable, never misread.
/// </summary>
internal static class RecordIndexFormat
{
    /// <summary>Bytes per entry: hash (8), offset (8), length (4), gap hash (8), head hash (8), head length (4).</summary>
    public const int EntrySize = 40;

    /// <summary>Entries per checksum block.</summary>
    public const int BlockEntries = 2048;

    /// <summary>Bytes of the trailer.</summary>
    public const int TrailerSize = 4 + 4 + 16 + 8 + 8 + 4;

    /// <summary>Bytes of the checksum.</summary>
    public const int ChecksumSize = 8;

    private const int Format = 2;

    /// <summary>
    /// The version of the code a record's bytes depend on: the exporters (this assembly), the model and its
    /// schema names (the Extractor's), and the runtime's encoders and number formatting.
    /// </summary>
    public static Guid CodeVersion { get; } = CodeVersionOf(
        typeof(RecordIndexFormat).Assembly.ManifestModule.ModuleVersionId,
        typeof(KnowledgeGraphData).Assembly.ManifestModule.ModuleVersionId,
        Environment.Version.ToString());

    private static ReadOnlySpan<byte> Magic => "DGRI"u8;

    private static Guid CodeVersionOf(Guid exporters, Guid model, string runtime) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{exporters:N} {model:N} {runtime}")).AsSpan(0, 16));

    /// <summary>Writes one entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteEntry(Span<byte> entry, ulong hash, long offset, int length, ulong gapHash, RecordHead head)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(entry, hash);
        BinaryPrimitives.WriteInt64LittleEndian(entry[8..], offset);
        BinaryPrimitives.WriteInt32LittleEndian(entry[16..], length);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[20..], gapHash);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[28..], head.Hash);
        BinaryPrimitives.WriteInt32LittleEndian(entry[36..], head.Length);
    }

    /// <summary>An entry's head.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RecordHead HeadOf(ReadOnlySpan<byte> entry) =>
        new(BinaryPrimitives.ReadUInt64LittleEndian(entry[28..]), BinaryPrimitives.ReadInt32LittleEndian(entry[36..]));

    /// <summary>Folds a block of entries (or the trailer) into the checksum.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes, ulong checksum) => XxHash64.Hash(bytes, checksum);

    /// <summary>Writes the trailer and the checksum (with the trailer folded in) into <paramref name="end"/>.</summary>
    /// <param name="end">The last <see cref="TrailerSize"/> + <see cref="ChecksumSize"/> bytes of the file.</param>
    /// <param name="exportLength">The export's length.</param>
    /// <param name="exportModified">Its modification time (UTC ticks).</param>
    /// <param name="count">The entry count.</param>
    /// <param name="checksum">The checksum of the entries.</param>
    public static void WriteEnd(Span<byte> end, long exportLength, long exportModified, int count, ulong checksum)
    {
        var trailer = end[..TrailerSize];
        Magic.CopyTo(trailer);
        BinaryPrimitives.WriteInt32LittleEndian(trailer[4..], Format);
        CodeVersion.TryWriteBytes(trailer[8..24]);
        BinaryPrimitives.WriteInt64LittleEndian(trailer[24..], exportLength);
        BinaryPrimitives.WriteInt64LittleEndian(trailer[32..], exportModified);
        BinaryPrimitives.WriteInt32LittleEndian(trailer[40..], count);
        BinaryPrimitives.WriteUInt64LittleEndian(end[TrailerSize..], Checksum(trailer, checksum));
    }

    /// <summary>
    /// Whether the end of an index file (its trailer and checksum) is of this format and code version, describes
    /// an export of this length and modification time, and counts as many entries as the file holds.
    /// </summary>
    /// <param name="end">The last <see cref="TrailerSize"/> + <see cref="ChecksumSize"/> bytes of the file.</param>
    /// <param name="fileLength">The index file's length.</param>
    /// <param name="exportLength">The export's length now.</param>
    /// <param name="exportModified">The export's modification time now (UTC ticks).</param>
    /// <returns>The entry count, or -1.</returns>
    public static int CheckTrailer(ReadOnlySpan<byte> end, long fileLength, long exportLength, long exportModified)
    {
        var trailer = end[..TrailerSize];
        var count = BinaryPrimitives.ReadInt32LittleEndian(trailer[40..]);
        var matches = trailer[..4].SequenceEqual(Magic)
            && BinaryPrimitives.ReadInt32LittleEndian(trailer[4..]) == Format
            && new Guid(trailer[8..24]) == CodeVersion
            && BinaryPrimitives.ReadInt64LittleEndian(trailer[24..]) == exportLength
            && BinaryPrimitives.ReadInt64LittleEndian(trailer[32..]) == exportModified
            && count >= 0
            && fileLength == ((long)count * EntrySize) + TrailerSize + ChecksumSize;
        return matches ? count : -1;
    }

    /// <summary>Whether the file's checksum is that of its entries (folded block by block into <paramref name="entriesChecksum"/>) and trailer.</summary>
    /// <param name="end">The last <see cref="TrailerSize"/> + <see cref="ChecksumSize"/> bytes of the file.</param>
    /// <param name="entriesChecksum">The checksum of the entries.</param>
    public static bool ChecksumMatches(ReadOnlySpan<byte> end, ulong entriesChecksum) =>
        BinaryPrimitives.ReadUInt64LittleEndian(end[TrailerSize..]) == Checksum(end[..TrailerSize], entriesChecksum);
}
