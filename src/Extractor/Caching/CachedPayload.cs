using System.Buffers;

namespace Digest.Extractor.Caching;

/// <summary>
/// One cached extraction's payload, bytes in memory (a fresh extraction) or a range of the source its cache was loaded
/// from, read when asked for; with the <see cref="Building.MergeInputHash"/> of what it gives the merge.
/// </summary>
internal readonly struct CachedPayload
{
    private readonly ArraySegment<byte> _bytes;
    private readonly CacheSource? _source;
    private readonly long _offset;

    private CachedPayload(ArraySegment<byte> bytes, CacheSource? source, long offset, int length, UInt128 mergeHash)
    {
        _bytes = bytes;
        _source = source;
        _offset = offset;
        Length = length;
        MergeHash = mergeHash;
    }

    /// <summary>Its length in bytes.</summary>
    public int Length { get; }

    /// <summary>The <see cref="Building.MergeInputHash"/> of what the payload gives the merge.</summary>
    public UInt128 MergeHash { get; }

    /// <summary>A payload in memory.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="mergeHash">The hash of what it gives the merge.</param>
    public static CachedPayload InMemory(ArraySegment<byte> bytes, UInt128 mergeHash) => new(bytes, null, 0, bytes.Count, mergeHash);

    /// <summary>A payload read from a source when asked for.</summary>
    /// <param name="source">The source.</param>
    /// <param name="offset">Where it starts there.</param>
    /// <param name="length">Its length.</param>
    /// <param name="mergeHash">The hash of what it gives the merge.</param>
    public static CachedPayload InSource(CacheSource source, long offset, int length, UInt128 mergeHash) => new(default, source, offset, length, mergeHash);

    /// <summary>
    /// Decodes the bytes; a payload not in memory is read into a pooled buffer, so a rebuild that decodes every
    /// cached article does not allocate the cache file's size in short-lived arrays. The decoder must not keep the bytes.
    /// </summary>
    /// <typeparam name="T">What the bytes decode to.</typeparam>
    /// <param name="decode">The decoder.</param>
    /// <exception cref="InvalidDataException">The source ends early.</exception>
    public T Decode<T>(Func<ArraySegment<byte>, T> decode)
    {
        if (_source is null)
        {
            return decode(_bytes);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Length);
        try
        {
            _source.ReadInto(_offset, buffer.AsSpan(0, Length));
            return decode(new ArraySegment<byte>(buffer, 0, Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the bytes, read through <paramref name="blocks"/> when they are not in memory.</summary>
    /// <param name="output">Where they go.</param>
    /// <param name="blocks">Reads the source a block at a time.</param>
    /// <exception cref="InvalidDataException">The source ends early.</exception>
    public void WriteTo(BinaryWriter output, BlockReader blocks) =>
        output.Write(_source is null ? _bytes.AsSpan() : blocks.Read(_source, _offset, Length));
}
