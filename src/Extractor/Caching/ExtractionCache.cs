using System.Security.Cryptography;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>
/// The extractions of the last build, filed by <see cref="ArticleKey"/>, valid for one
/// <see cref="ExtractorVersion"/>. One binary file: a header (magic, format, version), then
/// entries (key, payload length, payload), then a SHA-256 of all that, checked before anything
/// is trusted. Payloads are decoded only for the articles asked for.
/// </summary>
public sealed class ExtractionCache
{
    private static readonly byte[] Magic = "DIGESTXC"u8.ToArray();

    private readonly Dictionary<UInt128, ArraySegment<byte>> _payloads;

    private ExtractionCache(string version, Dictionary<UInt128, ArraySegment<byte>> payloads)
    {
        Version = version;
        _payloads = payloads;
    }

    /// <summary>The extractor version the entries were made with.</summary>
    public string Version { get; }

    /// <summary>How many articles it holds.</summary>
    public int Count => _payloads.Count;

    /// <summary>An empty cache for a version.</summary>
    /// <param name="version">The extractor version.</param>
    public static ExtractionCache Empty(string version) => new(version, []);

    /// <summary>Files each payload under its key (the last one wins on a repeated key).</summary>
    /// <param name="version">The extractor version.</param>
    /// <param name="entries">Keys and payloads made by <see cref="ExtractionCodec.Encode"/>.</param>
    public static ExtractionCache From(string version, IEnumerable<(UInt128 Key, ArraySegment<byte> Payload)> entries)
    {
        var payloads = new Dictionary<UInt128, ArraySegment<byte>>();
        foreach (var (key, payload) in entries)
        {
            payloads[key] = payload;
        }

        return new ExtractionCache(version, payloads);
    }

    /// <summary>The payload filed under a key, if any.</summary>
    /// <param name="key">The article key.</param>
    /// <param name="payload">Its payload.</param>
    public bool TryGetPayload(UInt128 key, out ArraySegment<byte> payload) => _payloads.TryGetValue(key, out payload);

    /// <summary>The cached extraction of an article, if its key is filed and its payload decodes.</summary>
    /// <param name="key">The article's key.</param>
    /// <param name="article">The article.</param>
    /// <param name="extraction">Its extraction.</param>
    /// <exception cref="InvalidDataException">The payload is malformed.</exception>
    public bool TryGet(UInt128 key, Article article, out ArticleExtraction extraction)
    {
        extraction = null!;
        if (!_payloads.TryGetValue(key, out var payload))
        {
            return false;
        }

        extraction = ExtractionCodec.Decode(article, payload);
        return true;
    }

    /// <summary>Writes the cache (the caller writes the stream atomically).</summary>
    /// <param name="output">The stream.</param>
    public void Save(Stream output)
    {
        using var hashing = new HashingStream(output);
        using (var writer = new BinaryWriter(hashing, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(ExtractionCodec.FormatVersion);
            writer.Write(Version);
            writer.Write(_payloads.Count);
            foreach (var (key, payload) in _payloads.OrderBy(p => p.Key))
            {
                writer.Write((ulong)key);
                writer.Write((ulong)(key >> 64));
                writer.Write(payload.Count);
                writer.Write(payload.AsSpan());
            }
        }

        output.Write(hashing.Hash());
    }

    /// <summary>Reads a cache file; a file that is damaged or not a cache gives a reason instead.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="cache">The cache.</param>
    /// <param name="problem">Why it cannot be trusted.</param>
    /// <returns>Whether it was read.</returns>
    public static bool TryLoad(byte[] content, out ExtractionCache cache, out string problem)
    {
        cache = null!;
        problem = string.Empty;
        var hashSize = SHA256.HashSizeInBytes;
        if (content.Length < Magic.Length + hashSize || !content.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            problem = "not a Digest build cache";
            return false;
        }

        var body = content.AsSpan(0, content.Length - hashSize);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(content.AsSpan(body.Length)))
        {
            problem = "checksum mismatch (damaged or partly written)";
            return false;
        }

        try
        {
            using var stream = new MemoryStream(content, 0, body.Length, writable: false);
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
            reader.ReadBytes(Magic.Length);
            var format = reader.ReadInt32();
            var version = reader.ReadString();
            var count = reader.ReadInt32();
            if (format != ExtractionCodec.FormatVersion || count < 0)
            {
                problem = $"cache format {format}, expected {ExtractionCodec.FormatVersion}";
                return false;
            }

            var payloads = new Dictionary<UInt128, ArraySegment<byte>>(count);
            for (var i = 0; i < count; i++)
            {
                var low = reader.ReadUInt64();
                var high = reader.ReadUInt64();
                var length = reader.ReadInt32();
                if (length < 0 || length > stream.Length - stream.Position)
                {
                    throw new InvalidDataException($"entry {i} runs past the end");
                }

                payloads[new UInt128(high, low)] = new ArraySegment<byte>(content, (int)stream.Position, length);
                stream.Position += length;
            }

            cache = new ExtractionCache(version, payloads);
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException)
        {
            problem = e.Message;
            return false;
        }
    }

    /// <summary>Passes writes through and hashes them, so the checksum costs no second pass.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
