using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// Folds a record's fields, one after the other, into one 64-bit hash: each field is hashed with
/// the hash so far as its seed, and strings carry their length (or a null mark) first, so
/// <c>("ab", "c")</c>, <c>("a", "bc")</c> and <c>(null, "")</c> all differ.
/// </summary>
/// <param name="kind">The record's kind, the first seed.</param>
internal struct RecordHasher(RecordKind kind)
{
    private ulong _hash = (ulong)kind + 1;

    /// <summary>A hasher that goes on adding fields to those of <paramref name="hash"/> (a record's head).</summary>
    /// <param name="hash">The hash of the fields so far.</param>
    public static RecordHasher GoingOnFrom(ulong hash) => new() { _hash = hash };

    /// <summary>The hash of the fields added so far.</summary>
    public readonly ulong Hash => _hash;

    /// <summary>Adds a string, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string? text)
    {
        Add(text is null ? -1L : text.Length);
        if (text is not null)
        {
            _hash = XxHash64.Hash(MemoryMarshal.AsBytes(text.AsSpan()), _hash);
        }
    }

    /// <summary>Adds an integer (counts, lines, enum values, list lengths).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _hash = XxHash64.Hash(bytes, _hash);
    }

    /// <summary>Adds a number by its bits: exports format the exact value.</summary>
    public void Add(double value) => Add(BitConverter.DoubleToInt64Bits(value));

    /// <summary>Adds a flag.</summary>
    public void Add(bool value) => Add(value ? 1L : 0L);
}
