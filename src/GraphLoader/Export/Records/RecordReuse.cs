using Microsoft.Win32.SafeHandles;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// How one export of a build reuses the last build's: every record is hashed
/// (<see cref="GraphRecordHashes"/>), the export notes where each record's bytes go, and the next
/// build copies the bytes of every record whose hash it finds there instead of formatting it again.
/// The index is used only when it describes the export file exactly as it is (length and
/// modification time) and was written by this code; otherwise every record is formatted. The output
/// is the same bytes either way. One per export written.
/// </summary>
public sealed class RecordReuse : IDisposable
{
    private readonly GraphRecordHashes? _hashes;
    private readonly string _exportPath = string.Empty;
    private readonly string _indexPath = string.Empty;
    private readonly bool _copyFromLastExport;
    private RecordIndexWriter? _written;
    private RecordCopier? _copier;

    /// <summary>Hashes and notes the records of an export, and copies from the last one if <paramref name="copyFromLastExport"/>.</summary>
    /// <param name="hashes">The hashes of the graph being written.</param>
    /// <param name="exportPath">Where the export goes (and where the last one is).</param>
    /// <param name="indexPath">Where its record index goes (and where the last one is).</param>
    /// <param name="copyFromLastExport">False for a clean build: the index is written, the last export is not read.</param>
    public RecordReuse(GraphRecordHashes hashes, string exportPath, string indexPath, bool copyFromLastExport)
    {
        _hashes = hashes;
        _exportPath = exportPath;
        _indexPath = indexPath;
        _copyFromLastExport = copyFromLastExport;
    }

    private RecordReuse()
    {
    }

    /// <summary>A plain export: nothing copied, no index written.</summary>
    public static RecordReuse None => new();

    /// <summary>How many records were copied from the last export.</summary>
    public int CopiedRecords => _copier?.Copied ?? 0;

    /// <summary>How many records had their head copied from the last export (<see cref="RecordHead"/>), and the rest formatted.</summary>
    public int CopiedHeads => _copier?.CopiedHeads ?? 0;

    /// <summary>Writes the record index of the export just moved into place; a plain export has none.</summary>
    public void SaveIndex() => _written?.Save(_exportPath);

    /// <summary>Deletes the unsaved index of an export that failed.</summary>
    public void Dispose() => _written?.Dispose();

    /// <summary>The copier an exporter writes its records through.</summary>
    /// <param name="output">The export's output.</param>
    internal RecordCopier Open(Utf8Output output)
    {
        if (_hashes is null)
        {
            _copier = new RecordCopier(output);
            return _copier;
        }

        _written = new RecordIndexWriter(_indexPath);
        var (previous, export) = _copyFromLastExport ? OpenLastExport() : (null, null);
        _copier = new RecordCopier(output, _hashes, _written, previous, export);
        return _copier;
    }

    /// <summary>The last export, open for reading, with its index; (null, null) when there is none or its index does not describe it.</summary>
    private (RecordIndex? Index, LastExport? Export) OpenLastExport()
    {
        SafeFileHandle export;
        try
        {
            export = File.OpenHandle(_exportPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null);
        }

        var index = RecordIndex.Open(_indexPath, RandomAccess.GetLength(export), File.GetLastWriteTimeUtc(export).Ticks);
        if (index is null)
        {
            export.Dispose();
            return (null, null);
        }

        return (index, new LastExport(export));
    }
}
