using System.Text;
using System.Text.Json;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Turns JSON strings into .NET strings, one instance per distinct value: ids, cues and sentences
/// repeat across nodes and edges, and a graph read back should not hold a copy per occurrence.
/// Each distinct value also has an index, in the order first seen, so a snapshot of what was read
/// can name strings by index without looking them up again.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _strings = [];
    private char[] _scratch = new char[256];

    /// <summary>Creates an empty pool.</summary>
    public StringPool() => _lookup = _indexes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The distinct strings, by index.</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>The reader's string value, pooled.</summary>
    /// <param name="reader">A reader on a string token.</param>
    /// <exception cref="InvalidOperationException">The token is not a string.</exception>
    public string Get(ref Utf8JsonReader reader) => _strings[Index(ref reader)];

    /// <summary>The index of the reader's string value, pooled.</summary>
    /// <param name="reader">A reader on a string token.</param>
    /// <exception cref="InvalidOperationException">The token is not a string.</exception>
    public int Index(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new InvalidOperationException($"expected a string, found {reader.TokenType}");
        }

        // UTF-16 never needs more units than the UTF-8 bytes it decodes from.
        var bytes = reader.ValueSpan;
        if (_scratch.Length < bytes.Length)
        {
            _scratch = new char[Math.Max(bytes.Length, _scratch.Length * 2)];
        }

        var length = reader.ValueIsEscaped ? reader.CopyString(_scratch) : Encoding.UTF8.GetChars(bytes, _scratch);
        var chars = _scratch.AsSpan(0, length);
        if (!_lookup.TryGetValue(chars, out var index))
        {
            var value = new string(chars);
            index = _strings.Count;
            _indexes.Add(value, index);
            _strings.Add(value);
        }

        return index;
    }
}
