using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// The record index of an export as the last build wrote it: where each record's bytes are in that
/// file, by hash. Only the hashes are held in memory; the entries are read a block at a time as they
/// are used. Records keep their order from build to build, so the entry after the last one found is
/// tried first, then the one after it (the record before changed in place), and their block is
/// usually the one at hand; a hash table finds the rest. Not thread-safe: one per export.
/// </summary>
internal sealed class RecordIndex : IDisposable
{
    private const int BlockSize = RecordIndexFormat.BlockEntries * RecordIndexFormat.EntrySize;

    private readonly SafeFileHandle _file;
    private readonly ulong[] _hashes;
    private readonly byte[] _block = new byte[BlockSize];
    private int _blockFirst = -RecordIndexFormat.BlockEntries;
    private HashSlots? _slots;
    private int _next;

    private RecordIndex(SafeFileHandle file, ulong[] hashes)
    {
        _file = file;
        _hashes = hashes;
    }

    /// <summary>
    /// Opens the index at <paramref name="indexPath"/> if it describes the export of this length and
    /// modification time exactly, was written by this code, and is undamaged; else null.
    /// </summary>
    /// <param name="indexPath">The index file.</param>
    /// <param name="exportLength">The export's length now.</param>
    /// <param name="exportModified">The export's modification time now (UTC ticks).</param>
    public static RecordIndex? Open(string indexPath, long exportLength, long exportModified)
    {
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(indexPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var hashes = ReadHashes(file, exportLength, exportModified);
        if (hashes is null)
        {
            file.Dispose();
            return null;
        }

        return new RecordIndex(file, hashes);
    }

    /// <summary>How many records the last export has.</summary>
    public int Count => _hashes.Length;

    /// <summary>The hash of an entry's record.</summary>
    /// <param name="entry">The entry.</param>
    public ulong HashOf(int entry) => _hashes[entry];

    /// <summary>Finds the entry of the record with this hash in the last export.</summary>
    /// <param name="hash">The record's hash.</param>
    /// <param name="entry">Its entry: its place in file order.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFind(ulong hash, out int entry) => TryFindNear(hash, out entry) || TryFindAnywhere(hash, out entry);

    /// <summary>Finds the entry of the record with this hash where it would be if it stayed in place (see <see cref="RecordIndex"/>).</summary>
    /// <param name="hash">The record's hash.</param>
    /// <param name="entry">Its entry.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFindNear(ulong hash, out int entry)
    {
        entry = IsAt(_next, hash) ? _next : IsAt(_next + 1, hash) ? _next + 1 : -1;
        return Found(entry);
    }

    /// <summary>Finds the entry of the record with this hash anywhere in the last export, through the hash table.</summary>
    /// <param name="hash">The record's hash.</param>
    /// <param name="entry">Its entry.</param>
    public bool TryFindAnywhere(ulong hash, out int entry)
    {
        entry = (_slots ??= new HashSlots(_hashes)).Find(hash);
        return Found(entry);
    }

    /// <summary>
    /// Finds the entry of a record whose head is this one, among the entries where the record would be if it stayed in
    /// place (as <see cref="TryFind"/> tries them first); heads are not looked up anywhere else.
    /// </summary>
    /// <param name="head">The head's hash.</param>
    /// <param name="entry">The entry whose record starts with that head.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFindHead(ulong head, out int entry)
    {
        entry = HeadNear(head);
        return Found(entry);
    }

    /// <summary>Whether a record with this head is where it would be if it stayed in place (as <see cref="TryFindHead"/> finds it).</summary>
    /// <param name="head">The head's hash.</param>
    public bool IsHeadNear(ulong head) => HeadNear(head) >= 0;

    /// <summary>An entry's head: <see cref="RecordHead.None"/> when its record was written whole.</summary>
    /// <param name="entry">The entry.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RecordHead HeadOf(int entry) => RecordIndexFormat.HeadOf(Entry(entry));

    /// <summary>Where an entry's record is in the last export.</summary>
    /// <param name="entry">The entry.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (long Offset, int Length) RangeOf(int entry)
    {
        var bytes = Entry(entry);
        return (BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]), BinaryPrimitives.ReadInt32LittleEndian(bytes[16..]));
    }

    /// <summary>The hash of the bytes between an entry's record and the record before it in the last export.</summary>
    /// <param name="entry">The entry.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong GapHashOf(int entry) => BinaryPrimitives.ReadUInt64LittleEndian(Entry(entry)[20..]);

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    /// <summary>
    /// Checks the trailer, then reads the entries a block at a time, checking the checksum and that every
    /// record lies inside the export; keeps only the hashes.
    /// </summary>
    /// <returns>Each entry's hash, or null when the index is not usable.</returns>
    private static ulong[]? ReadHashes(SafeFileHandle file, long exportLength, long exportModified)
    {
        var fileLength = RandomAccess.GetLength(file);
        var end = new byte[RecordIndexFormat.TrailerSize + RecordIndexFormat.ChecksumSize];
        if (fileLength < end.Length || !TryRead(file, end, fileLength - end.Length))
        {
            return null;
        }

        var count = RecordIndexFormat.CheckTrailer(end, fileLength, exportLength, exportModified);
        if (count < 0)
        {
            return null;
        }

        var hashes = new ulong[count];
        var block = new byte[BlockSize];
        var checksum = 0UL;
        for (var first = 0; first < count; first += RecordIndexFormat.BlockEntries)
        {
            var entries = block.AsSpan(0, Math.Min(RecordIndexFormat.BlockEntries, count - first) * RecordIndexFormat.EntrySize);
            if (!TryRead(file, entries, (long)first * RecordIndexFormat.EntrySize))
            {
                return null;
            }

            checksum = RecordIndexFormat.Checksum(entries, checksum);
            for (var at = 0; at < entries.Length; at += RecordIndexFormat.EntrySize)
            {
                var entry = entries[at..];
                var (offset, length) = (BinaryPrimitives.ReadInt64LittleEndian(entry[8..]), BinaryPrimitives.ReadInt32LittleEndian(entry[16..]));
                var headLength = RecordIndexFormat.HeadOf(entry).Length;
                if (offset < 0 || length < 0 || offset > exportLength - length || headLength < 0 || headLength > length)
                {
                    return null;
                }

                hashes[first + (at / RecordIndexFormat.EntrySize)] = BinaryPrimitives.ReadUInt64LittleEndian(entry);
            }
        }

        return RecordIndexFormat.ChecksumMatches(end, checksum) ? hashes : null;
    }

    private static bool TryRead(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        while (buffer.Length > 0)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read == 0)
            {
                return false;
            }

            buffer = buffer[read..];
            offset += read;
        }

        return true;
    }

    /// <summary>An entry's bytes, from the block that holds it (read when it is not the one at hand).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Entry(int entry)
    {
        if (entry < _blockFirst || entry >= _blockFirst + RecordIndexFormat.BlockEntries)
        {
            ReadBlockOf(entry);
        }

        return _block.AsSpan((entry - _blockFirst) * RecordIndexFormat.EntrySize, RecordIndexFormat.EntrySize);
    }

    private void ReadBlockOf(int entry)
    {
        _blockFirst = entry / RecordIndexFormat.BlockEntries * RecordIndexFormat.BlockEntries;
        var entries = Math.Min(RecordIndexFormat.BlockEntries, _hashes.Length - _blockFirst);
        if (!TryRead(_file, _block.AsSpan(0, entries * RecordIndexFormat.EntrySize), (long)_blockFirst * RecordIndexFormat.EntrySize))
        {
            throw new IOException("the record index of the last export was cut short while in use; delete the .digest-cache folder and build again");
        }
    }

    /// <summary>The entry after the last one found, or the one after it, when its record has this head; else -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int HeadNear(ulong head)
    {
        for (var entry = _next; entry <= _next + 1 && entry < _hashes.Length; entry++)
        {
            if (HeadOf(entry) is { IsKnown: true } known && known.Hash == head)
            {
                return entry;
            }
        }

        return -1;
    }

    /// <summary>Whether an entry was found; if so, the next search starts after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Found(int entry)
    {
        if (entry < 0)
        {
            return false;
        }

        _next = entry + 1;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsAt(int entry, ulong hash) => (uint)entry < (uint)_hashes.Length && _hashes[entry] == hash;
}
