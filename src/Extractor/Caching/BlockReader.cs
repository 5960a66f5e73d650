namespace Digest.Extractor.Caching;

/// <summary>
/// Reads ranges of a <see cref="CacheSource"/> through one buffer filled a large block at a time. Saving a cache again
/// reads the last build's payloads in the order they lie in its file (both are in key order), so this costs one read
/// per block instead of one per payload (17,500 on the corpus).
/// </summary>
/// <param name="blockSize">How many bytes a read fetches at least.</param>
internal sealed class BlockReader(int blockSize = BlockReader.DefaultBlockSize)
{
    /// <summary>The block size a reader uses unless told otherwise.</summary>
    public const int DefaultBlockSize = 1 << 20;

    private byte[] _block = [];
    private CacheSource? _source;
    private long _start;
    private int _count;

    /// <summary>How many reads of a source were made so far.</summary>
    public int Reads { get; private set; }

    /// <summary>The bytes of a range, valid until the next call.</summary>
    /// <param name="source">The source.</param>
    /// <param name="offset">Where the range starts.</param>
    /// <param name="length">Its length.</param>
    /// <exception cref="InvalidDataException">The range runs past the end.</exception>
    public ReadOnlySpan<byte> Read(CacheSource source, long offset, int length)
    {
        if (!ReferenceEquals(source, _source) || offset < _start || offset + length > _start + _count)
        {
            Fill(source, offset, length);
        }

        return _block.AsSpan((int)(offset - _start), length);
    }

    private void Fill(CacheSource source, long offset, int length)
    {
        _source = null;
        if (offset < 0 || length < 0 || offset > source.Length - length)
        {
            throw new InvalidDataException("a cached range runs past the end");
        }

        var count = (int)Math.Min(Math.Max(blockSize, length), source.Length - offset);
        if (_block.Length < count)
        {
            _block = new byte[count];
        }

        source.ReadInto(offset, _block.AsSpan(0, count));
        Reads++;
        (_source, _start, _count) = (source, offset, count);
    }
}
