using System.Buffers.Binary;
using System.Text;

namespace Digest.Extractor.Caching;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote (7-bit encoded integers, length-prefixed UTF-8
/// strings, little-endian doubles) straight from a span: decoding a cached article needs no stream
/// or reader objects and no copy of the bytes. Anything that runs past the end or does not fit is an
/// <see cref="InvalidDataException"/>.
/// </summary>
internal ref struct PayloadReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private int _position;

    /// <summary>A reader at the start of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The payload.</param>
    public PayloadReader(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    /// <summary>How many bytes have been read.</summary>
    public readonly int Position => _position;

    /// <summary>Whether every byte has been read.</summary>
    public readonly bool AtEnd => _position == _bytes.Length;

    /// <summary>Reads one byte.</summary>
    public byte ReadByte() =>
        _position < _bytes.Length ? _bytes[_position++] : throw new InvalidDataException("payload ends early");

    /// <summary>Reads a non-negative integer written by <see cref="BinaryWriter.Write7BitEncodedInt"/>.</summary>
    public int Read7BitEncodedInt()
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value <= int.MaxValue ? (int)value : throw new InvalidDataException($"bad 7-bit integer {value}");
            }
        }

        throw new InvalidDataException("7-bit integer runs over five bytes");
    }

    /// <summary>Reads a count of things that follow, which cannot exceed the payload's length.</summary>
    public int ReadCount()
    {
        var count = Read7BitEncodedInt();
        return count <= _bytes.Length ? count : throw new InvalidDataException($"bad count {count}");
    }

    /// <summary>Reads a string written by <see cref="BinaryWriter.Write(string)"/> with UTF-8.</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadStringBytes());

    /// <summary>Reads past a string written by <see cref="BinaryWriter.Write(string)"/>, giving its UTF-8 bytes undecoded.</summary>
    public ReadOnlySpan<byte> ReadStringBytes() => Take(Read7BitEncodedInt());

    /// <summary>Reads past <paramref name="count"/> bytes.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    /// <summary>Reads an integer written by <see cref="BinaryWriter.Write(int)"/>.</summary>
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    /// <summary>Reads an integer written by <see cref="BinaryWriter.Write(ulong)"/>.</summary>
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

    /// <summary>Reads a double written by <see cref="BinaryWriter.Write(double)"/>.</summary>
    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double)));

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _bytes.Length - _position)
        {
            throw new InvalidDataException("payload ends early");
        }

        var span = _bytes.Slice(_position, length);
        _position += length;
        return span;
    }
}
