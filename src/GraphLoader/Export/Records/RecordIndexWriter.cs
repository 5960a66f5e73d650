using System.Runtime.CompilerServices;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// Writes the record index of the export being written (each record's hash and place, in file
/// order) to a temporary file a block at a time, and moves it into place once the export is in
/// place, with the export's length and modification time in its trailer. Disposing it unsaved
/// deletes the temporary file.
/// </summary>
internal sealed class RecordIndexWriter : IDisposable
{
    private readonly string _indexPath;
    private readonly string _temp;
    private readonly FileStream _file;
    private readonly byte[] _block = new byte[RecordIndexFormat.BlockEntries * RecordIndexFormat.EntrySize];
    private int _inBlock;
    private int _count;
    private ulong _checksum;

    /// <summary>Starts the index that will go to <paramref name="indexPath"/>.</summary>
    /// <param name="indexPath">The index file.</param>
    public RecordIndexWriter(string indexPath)
    {
        _indexPath = Path.GetFullPath(indexPath);
        Directory.CreateDirectory(Path.GetDirectoryName(_indexPath)!);
        _temp = Path.Combine(Path.GetDirectoryName(_indexPath)!, $".{Path.GetFileName(_indexPath)}.{Environment.ProcessId}.tmp");
        _file = new FileStream(_temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
    }

    /// <summary>Notes one record.</summary>
    /// <param name="hash">The record's hash.</param>
    /// <param name="offset">Where its bytes start in the export.</param>
    /// <param name="length">How many there are.</param>
    /// <param name="gapHash">The hash of the bytes between the record before it and it (<see cref="RecordCopier"/>).</param>
    /// <param name="head">Its head, or <see cref="RecordHead.None"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong hash, long offset, int length, ulong gapHash, RecordHead head)
    {
        RecordIndexFormat.WriteEntry(_block.AsSpan(_inBlock * RecordIndexFormat.EntrySize), hash, offset, length, gapHash, head);
        _count++;
        if (++_inBlock == RecordIndexFormat.BlockEntries)
        {
            WriteBlock();
        }
    }

    /// <summary>Finishes the index for the export now at <paramref name="exportPath"/> and moves it into place.</summary>
    /// <param name="exportPath">The export it describes.</param>
    public void Save(string exportPath)
    {
        WriteBlock();
        var export = new FileInfo(exportPath);
        Span<byte> end = stackalloc byte[RecordIndexFormat.TrailerSize + RecordIndexFormat.ChecksumSize];
        RecordIndexFormat.WriteEnd(end, export.Length, export.LastWriteTimeUtc.Ticks, _count, _checksum);
        _file.Write(end);
        _file.Dispose();
        File.Move(_temp, _indexPath, overwrite: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _file.Dispose();
        if (File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }

    private void WriteBlock()
    {
        var block = _block.AsSpan(0, _inBlock * RecordIndexFormat.EntrySize);
        _checksum = RecordIndexFormat.Checksum(block, _checksum);
        _file.Write(block);
        _inBlock = 0;
    }
}
