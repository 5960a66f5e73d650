using System.Text.Json;
using Digest.Extractor.Building;
using Digest.Extractor.Model;
using Microsoft.Win32.SafeHandles;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// Exports patched in place of being written again, for a rebuild whose edits leave the graph's entities and links
/// alone (<see cref="GraphEdit"/>): only some relationships' evidence and confidence, entities' mention counts and MENTIONS edges'
/// counts change. Each changed entity and relationship is read back from the last <c>graph.json</c> (its record found
/// through the record index, checked against the hash noted there) and edited; each changed MENTIONS edge is the old
/// one with its count changed. Each exporter formats the changed records; each export is then the last one with them
/// replaced, copied file to file around them, and its index the last one with their hashes, lengths and the offsets
/// after them changed. Nothing is written until every record is found and checks out: <see cref="TryPrepare"/> gives
/// null otherwise, and the caller builds as usual.
/// </summary>
public sealed class RecordPatch : IDisposable
{
    private readonly List<FilePatch> _files;

    private RecordPatch(List<FilePatch> files, int records)
    {
        _files = files;
        Records = records;
    }

    /// <summary>How many records change in each export.</summary>
    public int Records { get; }

    /// <summary>
    /// Reads and edits every record the edit changes, and finds it in every export; null when an export, its index or
    /// a record is not what the edit was made against.
    /// </summary>
    /// <param name="exports">Each record export with its file and its record index; the first is <c>graph.json</c>, read for the records.</param>
    /// <param name="counts">How many records of each kind the graph in the exports has.</param>
    /// <param name="edit">What changes.</param>
    /// <exception cref="ArgumentException">The first export is not <c>graph.json</c>.</exception>
    public static RecordPatch? TryPrepare(IReadOnlyList<(IRecordExporter Exporter, string ExportPath, string IndexPath)> exports, RecordCounts counts, GraphEdit edit)
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

            var json = files[0];
            if (json.Index.Count != counts.Total)
            {
                return null;
            }

            var entities = EditEntities(json, counts, edit);
            var relations = ReadAndEdit(json, counts, edit.Evidence);
            if (entities is null || relations is null)
            {
                return null;
            }

            // Each record is then found in every export by its old hash, graph.json included; one not found there means no patch.
            List<ChangedRecord> changed =
            [
                .. entities.Values.Where(e => e.Old != e.New).Select(e => ChangedRecord.Of(e.Old, e.New, e.Metrics)),
                .. EditMentions(edit, entities),
                .. relations,
            ];
            if (!files.TrueForAll(file => file.Find(changed)))
            {
                return null;
            }

            var patch = new RecordPatch(files, changed.Count);
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

    /// <summary>
    /// Every entity whose count changes or whose MENTIONS edge does, as graph.json holds it and as the edit leaves it; null
    /// when one is not there, or when a count change is not known to leave its type and name (<see cref="MentionCountEdit.VoteSettled"/>).
    /// </summary>
    private static Dictionary<int, (Entity Old, Entity New, EntityMetrics? Metrics)>? EditEntities(FilePatch json, RecordCounts counts, GraphEdit edit)
    {
        var entities = new Dictionary<int, (Entity Old, Entity New, EntityMetrics? Metrics)>();
        foreach (var position in edit.MentionCounts.Select(e => e.Entity).Concat(edit.Mentions.Select(e => e.Entity)).Distinct())
        {
            if (position < 0 || position >= counts.Entities || json.ReadEntity(counts.Articles + position) is not { } read)
            {
                return null;
            }

            entities[position] = (read.Entity, read.Entity, read.Metrics);
        }

        foreach (var count in edit.MentionCounts)
        {
            var (old, edited, metrics) = entities[count.Entity];
            if (!count.VoteSettled)
            {
                return null;
            }

            entities[count.Entity] = (old, count.ApplyTo(edited), metrics);
        }

        return entities;
    }

    /// <summary>Each changed MENTIONS edge: the old one, made from its article, its entity's id and its old count, with the new count.</summary>
    private static IEnumerable<ChangedRecord> EditMentions(GraphEdit edit, Dictionary<int, (Entity Old, Entity New, EntityMetrics? Metrics)> entities) =>
        edit.Mentions.Select(mention =>
        {
            var old = new ArticleMention(mention.ArticleId, entities[mention.Entity].Old.Id, mention.Before);
            return ChangedRecord.Of(old, old with { Count = mention.After });
        });

    /// <summary>The relationships as the last graph.json holds them and as the edits leave them; null when one is not there.</summary>
    private static List<ChangedRecord>? ReadAndEdit(FilePatch json, RecordCounts counts, IReadOnlyList<EvidenceEdit> edits)
    {
        var changed = new List<ChangedRecord>();
        foreach (var group in edits.GroupBy(edit => edit.Relation).OrderBy(group => group.Key))
        {
            if (group.Key < 0 || group.Key >= counts.Relations || json.ReadRelation(json.Index.Count - counts.Relations + group.Key) is not { } old)
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

            changed.Add(ChangedRecord.Of(old, edited));
        }

        return changed;
    }

    /// <summary>A record that changes: the hash it had, the hash it gets, and how each exporter formats it.</summary>
    /// <param name="OldHash">Its hash in the last exports.</param>
    /// <param name="NewHash">Its hash after the edit.</param>
    /// <param name="Format">Its bytes after the edit, as an exporter writes them, and its head there.</param>
    private sealed record ChangedRecord(ulong OldHash, ulong NewHash, Func<IRecordExporter, (byte[] Bytes, RecordHead Head)> Format)
    {
        public static ChangedRecord Of(Entity old, Entity edited, EntityMetrics? metrics) =>
            new(GraphRecordHashes.Of(old, metrics), GraphRecordHashes.Of(edited, metrics), exporter =>
            {
                var (bytes, headLength) = exporter.EntityRecord(edited, metrics);
                return (bytes, new RecordHead(GraphRecordHashes.HeadOf(edited), headLength));
            });

        public static ChangedRecord Of(ArticleMention old, ArticleMention edited) =>
            new(GraphRecordHashes.Of(old), GraphRecordHashes.Of(edited), exporter => (exporter.MentionRecord(edited), RecordHead.None));

        public static ChangedRecord Of(Relation old, Relation edited) =>
            new(GraphRecordHashes.Of(old), GraphRecordHashes.Of(edited), exporter => (exporter.RelationRecord(edited), RecordHead.None));
    }

    /// <summary>One export to patch: the last file and its index, open, and the records to replace.</summary>
    private sealed class FilePatch : IDisposable
    {
        private readonly IRecordExporter _exporter;
        private readonly string _exportPath;
        private readonly string _indexPath;
        private readonly long _length;
        private readonly List<(int Entry, ulong Hash, byte[] Bytes, RecordHead Head)> _replacements = [];
        private SafeFileHandle? _reader;

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

        /// <summary>The entity whose node is at an entry of graph.json, with its metrics, if it parses and hashes as the index says.</summary>
        public (Entity Entity, EntityMetrics? Metrics)? ReadEntity(int entry)
        {
            var parser = Parse(entry, (GraphJsonParser p, ref Utf8JsonReader reader) => p.Node(ref reader, 0));
            if (parser is null || parser.Entities.Count != 1 || parser.Metrics.Count > 1)
            {
                return null;
            }

            var metrics = parser.Metrics.Count == 1 ? parser.Metrics[0] : null;
            return GraphRecordHashes.Of(parser.Entities[0], metrics) == Index.HashOf(entry) ? (parser.Entities[0], metrics) : null;
        }

        /// <summary>The relationship whose edge is at an entry of graph.json, if it parses and hashes as the index says.</summary>
        public Relation? ReadRelation(int entry)
        {
            var parser = Parse(entry, (GraphJsonParser p, ref Utf8JsonReader reader) => p.Edge(ref reader, 0));
            return parser is { Relations.Count: 1 } && GraphRecordHashes.Of(parser.Relations[0]) == Index.HashOf(entry) ? parser.Relations[0] : null;
        }

        /// <summary>Notes the new bytes of every changed record, found by its old hash; false when one is not in this export.</summary>
        public bool Find(List<ChangedRecord> changed)
        {
            foreach (var record in changed)
            {
                if (!Index.TryFind(record.OldHash, out var entry))
                {
                    return false;
                }

                var (bytes, head) = record.Format(_exporter);
                _replacements.Add((entry, record.NewHash, bytes, head));
            }

            _replacements.Sort((a, b) => a.Entry.CompareTo(b.Entry));
            return true;
        }

        /// <summary>Writes the export, then its index (which names the export's new length and time), each atomically.</summary>
        public void Apply()
        {
            // The records were read; the file is replaced next (which some systems refuse while it is open).
            _reader?.Dispose();
            AtomicFile.WriteOverSpare(_exportPath, Splice, bufferSize: 0);
            using var written = new RecordIndexWriter(_indexPath);
            var shift = 0L;
            var next = 0;
            for (var entry = 0; entry < Index.Count; entry++)
            {
                var (offset, length) = Index.RangeOf(entry);
                var gap = Index.GapHashOf(entry);
                if (next < _replacements.Count && _replacements[next].Entry == entry)
                {
                    var (_, hash, bytes, head) = _replacements[next++];
                    written.Add(hash, offset + shift, bytes.Length, gap, head);
                    shift += bytes.Length - length;
                }
                else
                {
                    written.Add(Index.HashOf(entry), offset + shift, length, gap, Index.HeadOf(entry));
                }
            }

            Index.Dispose();
            written.Save(_exportPath);
        }

        public void Dispose()
        {
            _reader?.Dispose();
            Index.Dispose();
        }

        /// <summary>Parses the one JSON object at an entry of graph.json; null when it does not parse.</summary>
        private GraphJsonParser? Parse(int entry, ParseObject parse)
        {
            var (offset, length) = Index.RangeOf(entry);
            var bytes = new byte[length];
            _reader ??= File.OpenHandle(_exportPath);
            if (RandomAccess.Read(_reader, bytes, offset) != length)
            {
                return null;
            }

            try
            {
                var reader = new Utf8JsonReader(bytes, isFinalBlock: true, default);
                reader.Read();
                var parser = new GraphJsonParser(deferEvidence: false);
                parse(parser, ref reader);
                return parser;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                return null;
            }
        }

        /// <summary>The last export with the replaced records' bytes swapped, the rest copied file to file.</summary>
        private void Splice(Stream stream)
        {
            using var last = new LastExport(File.OpenHandle(_exportPath));
            var output = new Utf8Output(stream, Utf8Output.FileBufferSize);
            var at = 0L;
            foreach (var (entry, _, bytes, _) in _replacements)
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

    /// <summary>Parses one object with a reader on its start.</summary>
    private delegate void ParseObject(GraphJsonParser parser, ref Utf8JsonReader reader);
}
