using System.Buffers;
using System.Text.Json;
using Digest.Extractor.Graph;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export.Snapshots;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Reads relations' evidence from <c>graph.json</c> when asked, at the offsets found while
/// loading; refuses if the file changed since (its length or write time differ).
/// </summary>
internal sealed class GraphJsonEvidence : IEvidenceSource
{
    private readonly string _path;
    private readonly (long Offset, int Length)[] _spans;
    private readonly long _fileLength;
    private readonly DateTime _written;

    /// <summary>Remembers where the evidence lies.</summary>
    /// <param name="path">The graph.json path.</param>
    /// <param name="spans">Per relation, the offset and length of its evidence array.</param>
    /// <param name="file">The file as it was read.</param>
    public GraphJsonEvidence(string path, (long Offset, int Length)[] spans, FileInfo file)
    {
        _path = path;
        _spans = spans;
        _fileLength = file.Length;
        _written = file.LastWriteTimeUtc;
    }

    /// <summary>Remembers where the evidence lies, in the file as stamped.</summary>
    /// <param name="path">The graph.json path.</param>
    /// <param name="spans">Per relation, the offset and length of its evidence array.</param>
    /// <param name="stamp">The file as it was read.</param>
    public GraphJsonEvidence(string path, (long Offset, int Length)[] spans, GraphFileStamp stamp)
    {
        _path = path;
        _spans = spans;
        _fileLength = stamp.Length;
        _written = new DateTime(stamp.WrittenUtcTicks, DateTimeKind.Utc);
    }

    /// <summary>Per relation, the offset and length of its evidence array.</summary>
    public IReadOnlyList<(long Offset, int Length)> Spans => _spans;

    /// <summary>Whether the file was read at the length and write time of the stamp.</summary>
    /// <param name="stamp">A stamp of the file.</param>
    public bool Matches(GraphFileStamp stamp) => _fileLength == stamp.Length && _written.Ticks == stamp.WrittenUtcTicks;

    /// <inheritdoc />
    public IReadOnlyList<EquatableArray<Evidence>> Read(IReadOnlyList<int> relations)
    {
        var result = new EquatableArray<Evidence>[relations.Count];
        if (relations.Count == 0)
        {
            return result;
        }

        var file = new FileInfo(_path);
        if (!file.Exists || file.Length != _fileLength || file.LastWriteTimeUtc != _written)
        {
            throw new InvalidDataException($"{_path} changed since it was loaded; run the command again");
        }

        // In file order, so the reads move forward through the file.
        var order = Enumerable.Range(0, relations.Count).ToArray();
        Array.Sort(order, (a, b) => _spans[relations[a]].Offset.CompareTo(_spans[relations[b]].Offset));
        var pool = new StringPool();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using var handle = File.OpenHandle(_path);
            foreach (var k in order)
            {
                var (offset, length) = _spans[relations[k]];
                if (buffer.Length < length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(length);
                }

                var bytes = buffer.AsSpan(0, length);
                if (RandomAccess.Read(handle, bytes, offset) != length)
                {
                    throw new InvalidDataException($"{_path} is shorter than when it was loaded");
                }

                var reader = new Utf8JsonReader(bytes, isFinalBlock: true, default);
                reader.Read();
                result[k] = EvidenceJson.Read(ref reader, pool);
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"{_path}: evidence cannot be read back: {e.Message}", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return result;
    }
}
