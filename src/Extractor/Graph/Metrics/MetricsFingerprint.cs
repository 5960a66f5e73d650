using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Digest.Extractor.Graph.Metrics;

/// <summary>
/// Names exactly what the metrics of a graph depend on: every field of its <see cref="GraphTopology"/> in order
/// (entity ids; each relation's source id, target id and type), the code that computes them (this assembly's MVID, which a deterministic
/// build changes whenever the code does) and <see cref="StoredMetrics.FormatVersion"/>. Equal fingerprints mean equal
/// metrics, since <see cref="GraphMetrics.Compute"/> reads nothing else.
/// </summary>
public static class MetricsFingerprint
{
    /// <summary>The length of a fingerprint in bytes (SHA-256).</summary>
    public const int Length = 32;

    /// <summary>The fingerprint of the metrics of a graph with these links.</summary>
    /// <param name="topology">The graph's links.</param>
    public static byte[] Of(GraphTopology topology)
    {
        var hash = new HashFeed();
        hash.Add(StoredMetrics.FormatVersion);
        hash.Add(typeof(MetricsFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        hash.Add(topology.Count);
        foreach (var id in topology.EntityIds)
        {
            hash.Add(id);
        }

        // Ids rather than end positions: the positions follow from them, and finding them (a lookup per end) would cost
        // more than the whole hash. A fingerprint that matches was therefore computed from ids that all resolved.
        hash.Add(topology.RelationCount);
        for (var r = 0; r < topology.RelationCount; r++)
        {
            hash.Add(topology.SourceIds[r]);
            hash.Add(topology.TargetIds[r]);
            hash.Add((int)topology.Types[r]);
        }

        return hash.Finish();
    }

    /// <summary>Feeds SHA-256 through one buffer: numbers little-endian, strings as UTF-8 after their byte length.</summary>
    private sealed class HashFeed
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _used;

        public void Add(int value)
        {
            Reserve(sizeof(int));
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), value);
            _used += sizeof(int);
        }

        public void Add(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Add(length);
            if (length > _buffer.Length)
            {
                Flush();
                _hash.AppendData(Encoding.UTF8.GetBytes(value));
                return;
            }

            Reserve(length);
            _used += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_used));
        }

        public byte[] Finish()
        {
            Flush();
            var result = _hash.GetHashAndReset();
            _hash.Dispose();
            return result;
        }

        private void Reserve(int bytes)
        {
            if (_used + bytes > _buffer.Length)
            {
                Flush();
            }
        }

        private void Flush()
        {
            _hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }
    }
}
