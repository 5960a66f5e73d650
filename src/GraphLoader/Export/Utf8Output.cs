using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes UTF-8 straight into one reused buffer and hands it to the stream in large blocks: the
/// exporters format text, numbers and fixed markup without intermediate strings or a
/// <see cref="TextWriter"/>'s UTF-16 to UTF-8 pass. Lone surrogates become U+FFFD, as with
/// <see cref="System.Text.UTF8Encoding"/>. Not thread-safe: one per export.
/// </summary>
/// <param name="stream">Where the bytes go (left open).</param>
internal sealed class Utf8Output(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    /// <summary>Writes bytes (UTF-8 already: markup literals, pre-encoded names).</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>Writes one ASCII character.</summary>
    public void Write(byte ascii)
    {
        if (_used == _buffer.Length)
        {
            Flush();
        }

        _buffer[_used++] = ascii;
    }

    /// <summary>Writes text as UTF-8.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var status = Utf8.FromUtf16(text, _buffer.AsSpan(_used), out var read, out var written);
            _used += written;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return;
            }

            text = text[read..];
            Flush();
        }
    }

    /// <summary>Writes a number in the invariant culture, as <c>value.ToString(format, InvariantCulture)</c> would.</summary>
    public void Write<T>(T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        if (!value.TryFormat(_buffer.AsSpan(_used), out var written, format, CultureInfo.InvariantCulture))
        {
            Flush();
            if (!value.TryFormat(_buffer, out written, format, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException($"cannot format {value}");
            }
        }

        _used += written;
    }

    /// <summary>Hands everything buffered to the stream.</summary>
    public void Flush()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
