using System.Security.Cryptography;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>
/// The extractions of the last build, filed by <see cref="ArticleKey"/>, valid for one
/// <see cref="ExtractorVersion"/> and made with one lexicon (<see cref="LexiconSnapshot"/>). One binary file: a header
/// (magic, format, version), the lexicon (its length, then its bytes), the entry count, a table of entries (key,
/// payload length, <see cref="Building.MergeInputHash"/>), the payloads in the table's order, then a SHA-256 of all
/// that, checked before anything is trusted. A cache opened from a file keeps the file open and reads a payload only when it is decoded or
/// saved again, so a rebuild never holds the whole file in memory; dispose it after the new cache is saved.
/// </summary>
public sealed class ExtractionCache : IDisposable
{
    private static readonly byte[] Magic = "DIGESTXC"u8.ToArray();

    /// <summary>Key (two 64-bit halves), payload length and merge input hash (two 64-bit halves).</summary>
    private const int EntrySize = (sizeof(ulong) * 2) + sizeof(int) + (sizeof(ulong) * 2);

    /// <summary>More than any header (magic, format, a version string of 32 characters, the lexicon's length) takes.</summary>
    private const int MaxHeaderSize = 256;

    private readonly Dictionary<UInt128, CachedPayload> _payloads;
    private readonly CacheSource? _source;
    private Dictionary<UInt128, CachedPayload>? _byMergeHash;

    private ExtractionCache(string version, LexiconSnapshot lexicon, Dictionary<UInt128, CachedPayload> payloads, CacheSource? source)
    {
        Version = version;
        Lexicon = lexicon;
        _payloads = payloads;
        _source = source;
    }

    /// <summary>The extractor version the entries were made with.</summary>
    public string Version { get; }

    /// <summary>The lexicon the entries were made with (not part of <see cref="Version"/>: a lexicon change re-extracts only the articles it reaches).</summary>
    public LexiconSnapshot Lexicon { get; }

    /// <summary>How many articles it holds.</summary>
    public int Count => _payloads.Count;

    /// <summary>Files each payload under its key (the last one wins on a repeated key). Payloads read from another cache need it open until this one is saved.</summary>
    /// <param name="version">The extractor version.</param>
    /// <param name="lexicon">The lexicon the extractions were made with.</param>
    /// <param name="entries">Keys and payloads (made by <see cref="ExtractionCodec.Encode"/>).</param>
    internal static ExtractionCache From(string version, LexiconSnapshot lexicon, IEnumerable<(UInt128 Key, CachedPayload Payload)> entries)
    {
        var payloads = new Dictionary<UInt128, CachedPayload>();
        foreach (var (key, payload) in entries)
        {
            payloads[key] = payload;
        }

        return new ExtractionCache(version, lexicon, payloads, null);
    }

    /// <summary>The payload filed under a key, if any.</summary>
    /// <param name="key">The article key.</param>
    /// <param name="payload">Its payload.</param>
    internal bool TryGetPayload(UInt128 key, out CachedPayload payload) => _payloads.TryGetValue(key, out payload);

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

        extraction = payload.Decode(bytes => ExtractionCodec.Decode(article, bytes));
        return true;
    }

    /// <summary>
    /// What the merge takes of an extraction filed with this <see cref="Building.MergeInputHash"/>, decoded for
    /// <paramref name="article"/> (the hash covers the article's id, so only that article's extractions have it). A
    /// rebuild finds there what the last merge took of an article that changed since, whatever its text was.
    /// </summary>
    /// <param name="mergeHash">The merge input hash.</param>
    /// <param name="article">The article the extraction belongs to.</param>
    /// <param name="input">What the merge takes of it.</param>
    /// <exception cref="InvalidDataException">The payload is malformed.</exception>
    public bool TryGetMergeInput(UInt128 mergeHash, Article article, out Building.MergeInput input)
    {
        input = null!;
        _byMergeHash ??= _payloads.Values.GroupBy(p => p.MergeHash).ToDictionary(g => g.Key, g => g.First());
        if (!_byMergeHash.TryGetValue(mergeHash, out var payload))
        {
            return false;
        }

        input = payload.Decode(bytes => ExtractionCodec.DecodeForMerge(article, bytes));
        return true;
    }

    /// <summary>Writes the cache (the caller writes the stream atomically).</summary>
    /// <param name="output">The stream.</param>
    public void Save(Stream output)
    {
        var entries = _payloads.OrderBy(p => p.Key).ToArray();
        var blocks = new BlockReader();
        using var hashing = new HashingStream(output);
        using (var writer = new BinaryWriter(hashing, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(ExtractionCodec.FormatVersion);
            writer.Write(Version);
            var lexicon = Lexicon.ToBytes();
            writer.Write(lexicon.Length);
            writer.Write(lexicon);

            writer.Write(entries.Length);
            foreach (var (key, payload) in entries)
            {
                writer.Write((ulong)key);
                writer.Write((ulong)(key >> 64));
                writer.Write(payload.Length);
                writer.Write((ulong)payload.MergeHash);
                writer.Write((ulong)(payload.MergeHash >> 64));
            }

            foreach (var (_, payload) in entries)
            {
                payload.WriteTo(writer, blocks);
            }
        }

        output.Write(hashing.Hash());
    }

    /// <summary>Reads a cache from bytes; bytes that are damaged or not a cache give a reason instead.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="cache">The cache.</param>
    /// <param name="problem">Why it cannot be trusted.</param>
    /// <returns>Whether it was read.</returns>
    public static bool TryLoad(byte[] content, out ExtractionCache cache, out string problem) =>
        TryLoad(CacheSource.Of(content), out cache, out problem);

    /// <summary>
    /// Opens a cache file and checks it, reading its entry table but no payload; a file that is damaged or not a cache
    /// gives a reason instead. The cache keeps the file open until disposed.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cache">The cache.</param>
    /// <param name="problem">Why it cannot be trusted.</param>
    /// <returns>Whether it was read.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool TryOpen(string path, out ExtractionCache cache, out string problem)
    {
        var source = CacheSource.Open(path);
        try
        {
            if (TryLoad(source, out cache, out problem))
            {
                source = null;
                return true;
            }

            return false;
        }
        finally
        {
            source?.Dispose();
        }
    }

    /// <summary>Lets go of the file the cache was opened from, if any.</summary>
    public void Dispose() => _source?.Dispose();

    private static bool TryLoad(CacheSource source, out ExtractionCache cache, out string problem)
    {
        cache = null!;
        problem = string.Empty;
        var hashSize = SHA256.HashSizeInBytes;
        Span<byte> magic = stackalloc byte[Magic.Length];
        if (source.Length >= Magic.Length + hashSize)
        {
            source.ReadInto(0, magic);
        }

        if (!magic.SequenceEqual(Magic))
        {
            problem = "not a Digest build cache";
            return false;
        }

        var bodyLength = source.Length - hashSize;
        if (!HasChecksum(source, bodyLength))
        {
            problem = "checksum mismatch (damaged or partly written)";
            return false;
        }

        try
        {
            var header = source.Read(0, (int)Math.Min(MaxHeaderSize, bodyLength));
            var reader = new PayloadReader(header);
            reader.ReadBytes(Magic.Length);
            var format = reader.ReadInt32();
            if (format != ExtractionCodec.FormatVersion)
            {
                problem = $"cache format {format}, expected {ExtractionCodec.FormatVersion}";
                return false;
            }

            var version = reader.ReadString();
            var lexiconLength = reader.ReadInt32();
            long offset = reader.Position;
            if (lexiconLength < 0 || lexiconLength > bodyLength - offset - sizeof(int))
            {
                throw new InvalidDataException($"bad lexicon length {lexiconLength}");
            }

            var lexiconReader = new PayloadReader(source.Read(offset, lexiconLength));
            var lexicon = LexiconSnapshot.Read(ref lexiconReader);
            if (!lexiconReader.AtEnd)
            {
                throw new InvalidDataException("trailing bytes after the cached lexicon");
            }

            offset += lexiconLength;
            Span<byte> countBytes = stackalloc byte[sizeof(int)];
            source.ReadInto(offset, countBytes);
            var count = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(countBytes);
            offset += sizeof(int);
            if (count < 0 || count > (bodyLength - offset) / EntrySize)
            {
                throw new InvalidDataException($"bad entry count {count}");
            }

            var table = new PayloadReader(source.Read(offset, count * EntrySize));
            offset += (long)count * EntrySize;
            var payloads = new Dictionary<UInt128, CachedPayload>(count);
            for (var i = 0; i < count; i++)
            {
                var low = table.ReadUInt64();
                var high = table.ReadUInt64();
                var length = table.ReadInt32();
                var mergeLow = table.ReadUInt64();
                var mergeHash = new UInt128(table.ReadUInt64(), mergeLow);
                if (length < 0 || length > bodyLength - offset)
                {
                    throw new InvalidDataException($"entry {i} runs past the end");
                }

                payloads[new UInt128(high, low)] = CachedPayload.InSource(source, offset, length, mergeHash);
                offset += length;
            }

            if (offset != bodyLength)
            {
                throw new InvalidDataException("trailing bytes after the last entry");
            }

            cache = new ExtractionCache(version, lexicon, payloads, source);
            return true;
        }
        catch (InvalidDataException e)
        {
            problem = e.Message;
            return false;
        }
    }

    /// <summary>Whether the SHA-256 after the first <paramref name="bodyLength"/> bytes is theirs, read a block at a time.</summary>
    private static bool HasChecksum(CacheSource source, long bodyLength)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var block = new byte[(int)Math.Min(1 << 20, Math.Max(1, bodyLength))];
        for (long offset = 0; offset < bodyLength; offset += block.Length)
        {
            var bytes = block.AsSpan(0, (int)Math.Min(block.Length, bodyLength - offset));
            source.ReadInto(offset, bytes);
            hash.AppendData(bytes);
        }

        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        source.ReadInto(bodyLength, expected);
        return hash.GetHashAndReset().AsSpan().SequenceEqual(expected);
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
