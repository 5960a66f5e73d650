namespace Digest.GraphLoader.Export;

/// <summary>
/// Remembers the UTF-8 an export writes for a value it meets again and again (a sentence backing
/// several relations, the few distinct rounded metrics and confidences), so each is escaped or
/// formatted once. Not thread-safe: one per export.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="encode">Writes a value's UTF-8, exactly as the export would write it.</param>
/// <param name="comparer">Which values share their bytes.</param>
internal sealed class EncodingCache<T>(Action<Utf8Output, T> encode, IEqualityComparer<T> comparer)
    where T : notnull
{
    private readonly Dictionary<T, byte[]> _bytes = new(comparer);
    private readonly MemoryStream _scratch = new();
    private Utf8Output? _output;

    /// <summary>The bytes of <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public byte[] Get(T value)
    {
        if (!_bytes.TryGetValue(value, out var bytes))
        {
            _output ??= new Utf8Output(_scratch);
            _scratch.SetLength(0);
            encode(_output, value);
            _output.Flush();
            bytes = _scratch.ToArray();
            _bytes.Add(value, bytes);
        }

        return bytes;
    }
}
