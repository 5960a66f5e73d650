namespace Digest.GraphLoader.Export;

/// <summary>
/// Remembers the UTF-8 an export writes for a value it meets again and again (the few distinct
/// rounded metrics and confidences), so each is formatted once. Strings are not worth it: hashing
/// one costs about what transcoding it does, and the cache held every distinct sentence.
/// Not thread-safe: one per export.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="encode">Writes a value's UTF-8, exactly as the export would write it.</param>
/// <param name="comparer">Which values share their bytes.</param>
internal sealed class EncodingCache<T>(Action<Utf8Output, T> encode, IEqualityComparer<T> comparer)
    where T : notnull
{
    /// <summary>The scratch buffer: a value longer than it still encodes, in pieces.</summary>
    private const int ScratchSize = 256;

    private readonly Dictionary<T, byte[]> _bytes = new(comparer);
    private readonly MemoryStream _scratch = new();
    private Utf8Output? _output;

    /// <summary>The bytes of <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public byte[] Get(T value)
    {
        if (!_bytes.TryGetValue(value, out var bytes))
        {
            _output ??= new Utf8Output(_scratch, ScratchSize);
            _scratch.SetLength(0);
            encode(_output, value);
            _output.Flush();
            bytes = _scratch.ToArray();
            _bytes.Add(value, bytes);
        }

        return bytes;
    }
}
