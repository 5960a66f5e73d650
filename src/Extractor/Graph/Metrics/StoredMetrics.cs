using System.Buffers.Binary;
using System.Security.Cryptography;
using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Metrics;

/// <summary>
/// The metrics of a graph as a small binary file kept between builds: a header (magic, format), the
/// <see cref="MetricsFingerprint"/> of what they were computed from, the values by entity position (the ids come from
/// the topology the fingerprint names, and a community is stored as the position of the entity it is named by), and a
/// SHA-256 checksum of all of it. Reading checks every part, so a damaged
/// file is refused, never half-used.
/// </summary>
public static class StoredMetrics
{
    /// <summary>The layout version; part of the fingerprint too, so a change of layout or of what is hashed invalidates old files.</summary>
    public const int FormatVersion = 2;

    private const int RecordLength = (2 * sizeof(double)) + (2 * sizeof(int));
    private const int ChecksumLength = 32;
    private static readonly int HeaderLength = Magic.Length + sizeof(int) + MetricsFingerprint.Length + sizeof(int);

    private static ReadOnlySpan<byte> Magic => "DGMETRIC"u8;

    /// <summary>Writes the metrics with their fingerprint.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="fingerprint">The fingerprint of the topology the metrics were computed from.</param>
    /// <param name="metrics">The metrics by entity position.</param>
    /// <exception cref="ArgumentException">A community is named by an entity that is not its leading member.</exception>
    public static void Write(Stream stream, ReadOnlySpan<byte> fingerprint, IReadOnlyList<EntityMetrics> metrics)
    {
        var bytes = new byte[HeaderLength + (metrics.Count * RecordLength) + ChecksumLength];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        var at = Magic.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], FormatVersion);
        at += sizeof(int);
        fingerprint.CopyTo(span[at..]);
        at += MetricsFingerprint.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], metrics.Count);
        at += sizeof(int);
        var leaders = LeaderPositions(metrics);
        foreach (var m in metrics)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(span[at..], m.PageRank);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(at + 8)..], m.Betweenness);
            BinaryPrimitives.WriteInt32LittleEndian(span[(at + 16)..], leaders.TryGetValue(m.Community, out var leader)
                ? leader
                : throw new ArgumentException($"entity {m.EntityId} is in community {m.Community}, which names none of its members", nameof(metrics)));
            BinaryPrimitives.WriteInt32LittleEndian(span[(at + 20)..], m.LineageDepth);
            at += RecordLength;
        }

        SHA256.HashData(span[..at], span[at..]);
        stream.Write(bytes);
    }

    /// <summary>Reads stored metrics back if they were computed from this topology.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="topology">The graph's links now.</param>
    /// <param name="fingerprint">Their fingerprint (<see cref="MetricsFingerprint.Of"/>).</param>
    /// <param name="metrics">The metrics by entity position, when they hold for this topology.</param>
    /// <param name="problem">Why the file is damaged; null when it is sound (whether or not its metrics hold).</param>
    /// <returns>Whether the stored metrics hold for this topology.</returns>
    public static bool TryRead(ReadOnlySpan<byte> content, GraphTopology topology, ReadOnlySpan<byte> fingerprint, out IReadOnlyList<EntityMetrics>? metrics, out string? problem)
    {
        metrics = null;
        problem = null;
        if (content.Length < HeaderLength + ChecksumLength || !content.StartsWith(Magic))
        {
            problem = "not a metrics file";
            return false;
        }

        if (BinaryPrimitives.ReadInt32LittleEndian(content[Magic.Length..]) != FormatVersion)
        {
            return false;
        }

        var body = content[..^ChecksumLength];
        Span<byte> checksum = stackalloc byte[ChecksumLength];
        SHA256.HashData(body, checksum);
        if (!checksum.SequenceEqual(content[^ChecksumLength..]))
        {
            problem = "checksum mismatch";
            return false;
        }

        var at = Magic.Length + sizeof(int);
        if (!content.Slice(at, MetricsFingerprint.Length).SequenceEqual(fingerprint))
        {
            return false;
        }

        at += MetricsFingerprint.Length;
        var count = BinaryPrimitives.ReadInt32LittleEndian(content[at..]);
        at += sizeof(int);
        if (count != topology.Count || body.Length != HeaderLength + ((long)count * RecordLength))
        {
            problem = $"{count} entities stored for a graph of {topology.Count}";
            return false;
        }

        var read = new EntityMetrics[count];
        for (var i = 0; i < count; i++, at += RecordLength)
        {
            var leader = BinaryPrimitives.ReadInt32LittleEndian(content[(at + 16)..]);
            if ((uint)leader >= (uint)count)
            {
                problem = $"entity {i} names community {leader} of {count} entities";
                return false;
            }

            read[i] = new EntityMetrics(
                topology.EntityIds[i],
                BinaryPrimitives.ReadDoubleLittleEndian(content[at..]),
                BinaryPrimitives.ReadDoubleLittleEndian(content[(at + 8)..]),
                topology.EntityIds[leader],
                BinaryPrimitives.ReadInt32LittleEndian(content[(at + 20)..]));
        }

        metrics = read;
        return true;
    }

    /// <summary>The position of each community's leading member, which is named by its own id.</summary>
    private static Dictionary<string, int> LeaderPositions(IReadOnlyList<EntityMetrics> metrics)
    {
        var leaders = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < metrics.Count; i++)
        {
            if (string.Equals(metrics[i].Community, metrics[i].EntityId, StringComparison.Ordinal))
            {
                leaders.Add(metrics[i].EntityId, i);
            }
        }

        return leaders;
    }
}
