using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Digest.GraphLoader.Export.Snapshots;

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> writes, from a stretch of a byte array; any read past the stretch's end or
/// any bad index or value is <see cref="InvalidDataException"/>.
/// </summary>
/// <param name="bytes">The bytes.</param>
/// <param name="position">Where the stretch starts.</param>
/// <param name="end">Where it ends.</param>
/// <param name="strings">The string table that <see cref="String"/> indexes.</param>
internal sealed class SnapshotReader(byte[] bytes, int position, int end, string[] strings)
{
    /// <summary>Whether the whole stretch has been read.</summary>
    public bool AtEnd => position == end;

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double)));

    public bool Bool() => Take(1)[0] switch
    {
        0 => false,
        1 => true,
        var other => throw new InvalidDataException($"{other} is no boolean"),
    };

    /// <summary>A count of items that follow, each at least <paramref name="minItemBytes"/> long.</summary>
    public int Count(int minItemBytes)
    {
        var count = Int();
        if (count < 0 || (long)count * minItemBytes > end - position)
        {
            throw new InvalidDataException($"count {count} does not fit the snapshot");
        }

        return count;
    }

    /// <summary>Reads a string table: its count, then each string with a 7-bit encoded UTF-8 length.</summary>
    public string[] StringTable()
    {
        var table = new string[Count(1)];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = AnalysisSnapshot.Utf8.GetString(Take(SevenBitLength()));
        }

        return table;
    }

    /// <summary>A string of the table, by index.</summary>
    public string String() => Lookup(Int());

    /// <summary>A string of the table, or null (index -1).</summary>
    public string? NullableString() => Int() is var index && index == -1 ? null : Lookup(index);

    /// <summary>A defined value of the enum (stored as its <see cref="int"/> value).</summary>
    public TEnum Enum<TEnum>()
        where TEnum : struct, Enum
    {
        var value = Int();
        var result = Unsafe.As<int, TEnum>(ref value);
        return System.Enum.IsDefined(result) ? result : throw new InvalidDataException($"{value} is no {typeof(TEnum).Name}");
    }

    private string Lookup(int index) =>
        (uint)index < (uint)strings.Length ? strings[index] : throw new InvalidDataException($"string {index} is not in the table");

    /// <summary>A length as <see cref="BinaryWriter"/> writes it: seven bits a byte, low bits first.</summary>
    private int SevenBitLength()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var next = Take(1)[0];
            value |= (next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value >= 0 ? value : throw new InvalidDataException("a string length is negative");
            }
        }

        throw new InvalidDataException("a string length runs on");
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > end - position)
        {
            throw new InvalidDataException("the snapshot ends early");
        }

        var span = bytes.AsSpan(position, length);
        position += length;
        return span;
    }
}
