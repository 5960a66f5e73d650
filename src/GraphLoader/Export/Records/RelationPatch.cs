using System.Text.Json;
using Digest.Extractor.Building;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// Exports patched in place of being written again, for a rebuild whose edits only reworded evidence: every entity,
/// link and confidence is what the last exports hold, and only some relationships' evidence changed. Each such
/// relationship is read back from the last <c>graph.json</c> (its record found through the record index, checked against
/// the hash noted there), edited (<see cref="EvidenceEdit.TryApply"/>) and formatted by each exporter; each export is then
/// the last one with those records replaced, copied file to file around them, and its index the last one with their
/// hashes, lengths and the offsets after them changed. Nothing is written until every record is found and checks out:
/// <see cref="TryPrepare"/> gives null otherwise, and the caller builds as usual.
/// </summary>
public sealed class RelationPatch : IDisposable
{
    private readonly List<FilePatch> _files;

    private RelationPatch(List<FilePatch> files, int relations)
    {
        _files = files;
        Relations = relations;
    }

    /// <summary>How many relationships change.</summary>
    public int Relations { get; }

    /// <summary>
    /// Reads and edits every relationship the edits name, and finds its record in every export; null when an export,
    /// its index or a record is not what the edits were made against.
    /// </summary>
    /// <param name="exports">Each record export with its file and its record index; the first is <c>graph.json</c>, read for the relationships.</param>
    /// <param name="relationCount">How many relationships the graph has (its typed edges end <c>graph.json</c>).</param>
    /// <param name="edits">The edits, by relationship position.</param>
    public static RelationPatch? TryPrepare(IReadOnlyList<(IRecordExporter Exporter, string ExportPath, string IndexPath)> exports, int relationCount, IReadOnlyList<EvidenceEdit> edits)
    {
        if (exports.Count == 0 || exports[0].Exporter is not JsonExporter)
        {
            throw new ArgumentException("graph.json comes first", nameof(exports));
        }

        var files = new List<FilePatch>();
        try
        {
            foreach (var (exporter, exportPath, indexPath) in exports)
            {
                if (FilePatch.Open(exporter, exportPath, indexPath) is not { } file)
                {
                    return null;
                }

                files.Add(file);
            }

            var changed = ReadAndEdit(files[0], relationCount, edits);
            if (changed is null || !files.TrueForAll(file => file.Find(changed)))
            {
                return null;
            }

            var patch = new RelationPatch(files, changed.Count);
            files = [];
            return patch;
        }
        finally
        {
            files.ForEach(file => file.Dispose());
        }
    }

    /// <summary>Writes every export with the changed records in place, atomically, each with its index, side by side.</summary>
    public void Apply() => Parallel.ForEach(_files, file => file.Apply());

    /// <inheritdoc />
    public void Dispose() => _files.ForEach(file => file.Dispose());

    /// <summary>The relationships as the last graph.json holds them and as the edits leave them; null when one is not there.</summary>
    private static List<(Relation Old, Relation New)>? ReadAndEdit(FilePatch json, int relationCount, IReadOnlyList<EvidenceEdit> edits)
    {
        var changed = new List<(Relation Old, Relation New)>();
        foreach (var group in edits.GroupBy(edit => edit.Relation).OrderBy(group => group.Key))
        {
            var entry = json.Index.Count - relationCount + group.Key;
            if (group.Key < 0 || group.Key >= relationCount || entry < 0 || json.ReadRelation(entry) is not { } old)
            {
                return null;
            }

            var edited = old;
            foreach (var edit in group)
            {
                if (!edit.TryApply(edited, out edited))
                {
                    return null;
                }
            }

            changed.Add((old, edited));
        }

        return changed;
    }

    /// <summary>One export to patch: the last file and its index, open, and the records to replace.</summary>
    private sealed class FilePatch : IDisposable
    {
        private readonly IRecordExporter _exporter;
        private readonly string _exportPath;
        private readonly string _indexPath;
        private readonly long _length;
        private readonly List<(int Entry, ulong Hash, byte[] Bytes)> _replacements = [];

        private FilePatch(IRecordExporter exporter, string exportPath, string indexPath, RecordIndex index, long length)
        {
            _exporter = exporter;
            _exportPath = exportPath;
            _indexPath = indexPath;
            Index = index;
            _length = length;
        }

        public RecordIndex Index { get; }

        public static FilePatch? Open(IRecordExporter exporter, string exportPath, string indexPath)
        {
            var file = new FileInfo(exportPath);
            if (!file.Exists || RecordIndex.Open(indexPath, file.Length, file.LastWriteTimeUtc.Ticks) is not { } index)
            {
                return null;
            }

            return new FilePatch(exporter, exportPath, indexPath, index, file.Length);
        }

        /// <summary>The relationship whose record is at an entry of graph.json, if it parses and hashes as the index says.</summary>
        public Relation? ReadRelation(int entry)
        {
            var (offset, length) = Index.RangeOf(entry);
            var bytes = new byte[length];
            using (var file = File.OpenHandle(_exportPath))
            {
                if (RandomAccess.Read(file, bytes, offset) != length)
                {
                    return null;
                }
            }

            try
            {
                var reader = new Utf8JsonReader(bytes, isFinalBlock: true, default);
                reader.Read();
                var parser = new GraphJsonParser(deferEvidence: false);
                parser.Edge(ref reader, 0);
                return parser.Relations.Count == 1 && GraphRecordHashes.Of(parser.Relations[0]) == Index.HashOf(entry) ? parser.Relations[0] : null;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                return null;
            }
        }

        /// <summary>Notes the new bytes of every changed relationship, found by its old hash; false when one is not in this export.</summary>
        public bool Find(List<(Relation Old, Relation New)> changed)
        {
            foreach (var (old, edited) in changed)
            {
                if (!Index.TryFind(GraphRecordHashes.Of(old), out var entry))
                {
                    return false;
                }

                _replacements.Add((entry, GraphRecordHashes.Of(edited), _exporter.RelationRecord(edited)));
            }

            _replacements.Sort((a, b) => a.Entry.CompareTo(b.Entry));
            return true;
        }

        /// <summary>Writes the export, then its index (which names the export's new length and time), each atomically.</summary>
        public void Apply()
        {
            AtomicFile.Write(_exportPath, Splice, bufferSize: 0);
            using var written = new RecordIndexWriter(_indexPath);
            var shift = 0L;
            var next = 0;
            for (var entry = 0; entry < Index.Count; entry++)
            {
                var (offset, length) = Index.RangeOf(entry);
                var gap = Index.GapHashOf(entry);
                if (next < _replacements.Count && _replacements[next].Entry == entry)
                {
                    var (_, hash, bytes) = _replacements[next++];
                    written.Add(hash, offset + shift, bytes.Length, gap);
                    shift += bytes.Length - length;
                }
                else
                {
                    written.Add(Index.HashOf(entry), offset + shift, length, gap);
                }
            }

            Index.Dispose();
            written.Save(_exportPath);
        }

        public void Dispose() => Index.Dispose();

        /// <summary>The last export with the replaced records' bytes swapped, the rest copied file to file.</summary>
        private void Splice(Stream stream)
        {
            using var last = new LastExport(File.OpenHandle(_exportPath));
            var output = new Utf8Output(stream, Utf8Output.FileBufferSize);
            var at = 0L;
            foreach (var (entry, _, bytes) in _replacements)
            {
                var (offset, length) = Index.RangeOf(entry);
                output.Copy(last, at, offset - at);
                output.Write(bytes);
                at = offset + length;
            }

            output.Copy(last, at, _length - at);
            output.Flush();
        }
    }
}
