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
/// <param name="bufferSize">The buffer's size: a file export uses <see cref="FileBufferSize"/> over an unbuffered stream.</param>
internal sealed class Utf8Output(Stream stream, int bufferSize = Utf8Output.DefaultBufferSize)
{
    /// <summary>The buffer size for small outputs (one encoded value, a test).</summary>
    public const int DefaultBufferSize = 1 << 16;

    /// <summary>
    /// The buffer size for a file: few write calls, and small enough to stay in the core's cache
    /// between formatting and the copy to the kernel (measured: 64 KiB to 1 MiB blocks export
    /// alike, 4 MiB blocks take the kernel several times longer to copy).
    /// </summary>
    public const int FileBufferSize = 1 << 18;

    private readonly byte[] _buffer = new byte[bufferSize];
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

    /// <summary>
    /// Transcodes <paramref name="text"/> into the buffer without writing it yet, so an escaper can
    /// check the bytes in place and, when none needs escaping, keep them with <see cref="Advance"/>
    /// (most strings: one copy instead of a scan and a copy per run).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="utf8">Its UTF-8, valid until the next write.</param>
    /// <returns>False when the text holds a lone surrogate or cannot fit in the buffer.</returns>
    public bool TryEncodePending(ReadOnlySpan<char> text, out Span<byte> utf8)
    {
        // UTF-8 never takes more than three bytes per UTF-16 unit.
        var most = text.Length * 3;
        if (most > _buffer.Length - _used)
        {
            Flush();
            if (most > _buffer.Length)
            {
                utf8 = default;
                return false;
            }
        }

        var free = _buffer.AsSpan(_used);
        var status = Utf8.FromUtf16(text, free, out _, out var written, replaceInvalidSequences: false);
        utf8 = free[..written];
        return status == OperationStatus.Done;
    }

    /// <summary>Keeps the first <paramref name="count"/> bytes left pending by <see cref="TryEncodePending"/>.</summary>
    /// <param name="count">How many bytes to keep.</param>
    public void Advance(int count) => _used += count;

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
