using System.Runtime.CompilerServices;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// What an exporter writes each record through: <see cref="TryCopy"/> copies an unchanged
/// record's bytes from the last export, else the exporter formats it between
/// <see cref="Begin"/> and <see cref="End"/>. Either way the record's place in the new export, and
/// a hash of the bytes written between it and the record before (separators, batch headers, edge
/// ids), are noted for the next build's index. When two records follow each other in the last
/// export too, and the bytes between them are the same, those bytes are copied with them: unchanged
/// stretches of the file become one long copy. An entity whose record changed but whose head did not
/// (<see cref="RecordHead"/>) has its head copied by <see cref="TryCopyHead"/>, and the exporter formats
/// the rest. Not thread-safe: one per export.
/// </summary>
internal sealed class RecordCopier : IDisposable
{
    /// <summary>A gap hash meaning "not known" (its bytes were handed to the stream already); it never matches.</summary>
    private const ulong UnknownGap = 0;

    private readonly Utf8Output _output;
    private readonly GraphRecordHashes? _hashes;
    private readonly RecordIndexWriter? _index;
    private readonly RecordIndex? _previous;
    private readonly LastExport? _lastExport;
    private long _lastEnd = -1;
    private int _lastCopiedEntry = -1;
    private ulong _hash;
    private long _start;
    private ulong _gapHash;
    private int _position;
    private RecordHead _head;

    /// <summary>A copier that copies nothing and notes nothing (a plain export).</summary>
    /// <param name="output">The export's output.</param>
    public RecordCopier(Utf8Output output) => _output = output;

    /// <summary>A copier that notes every record, and copies from the last export when there is one.</summary>
    /// <param name="output">The export's output.</param>
    /// <param name="hashes">The hashes of the graph being written.</param>
    /// <param name="index">Receives each record's place in the new export.</param>
    /// <param name="previous">The last export's index, or null.</param>
    /// <param name="lastExport">The last export, or null (with <paramref name="previous"/>).</param>
    public RecordCopier(Utf8Output output, GraphRecordHashes hashes, RecordIndexWriter index, RecordIndex? previous, LastExport? lastExport)
    {
        _output = output;
        _hashes = hashes;
        _index = index;
        _previous = previous;
        _lastExport = lastExport;
    }

    /// <summary>Records copied from the last export.</summary>
    public int Copied { get; private set; }

    /// <summary>Records whose head was copied from the last export, and the rest formatted.</summary>
    public int CopiedHeads { get; private set; }

    /// <summary>Copies the record's bytes from the last export when it wrote the same record.</summary>
    /// <param name="kind">The record's list.</param>
    /// <param name="position">Its position in that list.</param>
    /// <returns>Whether it was copied; if not, the caller writes it between <see cref="Begin"/> and <see cref="End"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryCopy(RecordKind kind, int position)
    {
        if (_previous is null)
        {
            return false;
        }

        // An entity whose head is where its record was is that entity (the head holds its id), changed: it is nowhere
        // else, and the search for it, a miss in a table too large for the cache, is skipped.
        var hash = _hashes!.Of(kind, position);
        if (!_previous.TryFindNear(hash, out var entry)
            && ((kind == RecordKind.Entity && _previous.IsHeadNear(_hashes.EntityHeadOf(position))) || !_previous.TryFindAnywhere(hash, out entry)))
        {
            return false;
        }

        var (offset, length) = _previous.RangeOf(entry);
        var head = _previous.HeadOf(entry);
        var (start, gapHash) = CopyFrom(entry, offset, length);
        _index!.Add(hash, start, length, gapHash, head);
        (_lastEnd, _lastCopiedEntry) = (start + length, entry);
        Copied++;
        return true;
    }

    /// <summary>
    /// For a record <see cref="TryCopy"/> did not copy: copies its head from the last export when the record in its
    /// place there starts with the same head, and begins the record as <see cref="Begin"/> does.
    /// </summary>
    /// <param name="kind">The record's list: only entities have heads.</param>
    /// <param name="position">Its position in that list.</param>
    /// <returns>Whether the head was copied; if so, the caller writes the rest and calls <see cref="End"/>; if not, it writes the record from <see cref="Begin"/> on.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryCopyHead(RecordKind kind, int position)
    {
        if (_previous is null || kind != RecordKind.Entity || !_previous.TryFindHead(_hashes!.EntityHeadOf(position), out var entry))
        {
            return false;
        }

        var (offset, _) = _previous.RangeOf(entry);
        var head = _previous.HeadOf(entry);
        (_start, _gapHash) = CopyFrom(entry, offset, head.Length);
        (_hash, _position, _head) = (_hashes.Of(kind, position), position, head);
        CopiedHeads++;
        return true;
    }

    /// <summary>Notes where the head of the record begun last ends (see <see cref="RecordHead"/>): only entities have one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndHead()
    {
        if (_hashes is not null)
        {
            _head = new RecordHead(_hashes.EntityHeadOf(_position), checked((int)(_output.Position - _start)));
        }
    }

    /// <summary>Notes where a record the caller formats starts.</summary>
    /// <param name="kind">The record's list.</param>
    /// <param name="position">Its position in that list.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Begin(RecordKind kind, int position)
    {
        if (_hashes is not null)
        {
            (_hash, _position, _head) = (_hashes.Of(kind, position), position, RecordHead.None);
            _start = _output.Position;
            _gapHash = GapHash(_start);
        }
    }

    /// <summary>Notes where the record begun last ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void End()
    {
        if (_index is not null)
        {
            _index.Add(_hash, _start, checked((int)(_output.Position - _start)), _gapHash, _head);
            (_lastEnd, _lastCopiedEntry) = (_output.Position, -1);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _previous?.Dispose();
        _lastExport?.Dispose();
    }

    /// <summary>
    /// Copies <paramref name="length"/> bytes of an entry's record from the last export; when the record before it was
    /// copied too and the bytes since are those between the two there, they are copied along, so the copy runs on.
    /// </summary>
    /// <returns>Where the record starts in the new export, and the hash of the bytes between it and the record before.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (long Start, ulong GapHash) CopyFrom(int entry, long offset, int length)
    {
        var start = _output.Position;
        var gapHash = GapHash(start);
        var gapLength = start - _lastEnd;
        if (entry > 0 && entry == _lastCopiedEntry + 1 && gapHash != UnknownGap && gapHash == _previous!.GapHashOf(entry)
            && offset - gapLength == EndOf(entry - 1))
        {
            _output.Unwrite((int)gapLength);
            _output.Copy(_lastExport!, offset - gapLength, gapLength + length);
        }
        else
        {
            _output.Copy(_lastExport!, offset, length);
        }

        return (start, gapHash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long EndOf(int entry)
    {
        var (offset, length) = _previous!.RangeOf(entry);
        return offset + length;
    }

    /// <summary>The hash of the bytes written since the last record ended, or <see cref="UnknownGap"/> when they are not at hand.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong GapHash(long start)
    {
        if (_lastEnd < 0 || !_output.TryGetLast(start - _lastEnd, out var gap))
        {
            return UnknownGap;
        }

        var hash = XxHash64.Hash(gap, 0);
        return hash == UnknownGap ? 1 : hash;
    }
}
