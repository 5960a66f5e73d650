using System.Text;
using System.Text.Json;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Turns JSON strings into .NET strings, one instance per distinct value: ids, cues and sentences
/// repeat across nodes and edges, and a graph read back should not hold a copy per occurrence.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _scratch = new char[256];

    /// <summary>Creates an empty pool.</summary>
    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The reader's string value, pooled.</summary>
    /// <param name="reader">A reader on a string token.</param>
    /// <exception cref="InvalidOperationException">The token is not a string.</exception>
    public string Get(ref Utf8JsonReader reader)
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
        if (!_lookup.TryGetValue(chars, out var value))
        {
            value = new string(chars);
            _strings.Add(value);
        }

        return value;
    }
}
