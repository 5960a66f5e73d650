using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes UTF-8 straight into one reused buffer and hands it to the stream in large blocks: the
/// exporters format text, numbers and fixed markup without intermediate strings or a
/// <see cref="TextWriter"/>'s UTF-16 to UTF-8 pass. Lone surrogates become U+FFFD, as with
/// <see cref="System.Text.UTF8Encoding"/>. Ranges of the last build's export can be written too
/// (<see cref="Copy"/>): a copy is held pending, so the next copy of the range right after it extends
/// it, and one long copy is made in the kernel where it can be. Not thread-safe: one per export.
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

    /// <summary>Pending copies shorter than this go through the buffer; longer ones are made file to file.</summary>
    private const int KernelCopyMinimum = 1 << 16;

    private readonly byte[] _buffer = new byte[bufferSize];
    private int _used;
    private long _flushed;

    // The pending copy: _copyLength bytes of _copySource from _copyOffset, which come after the first _copyAt buffered bytes.
    private LastExport? _copySource;
    private long _copyOffset;
    private long _copyLength;
    private int _copyAt;

    /// <summary>How many bytes were written so far (handed to the stream, buffered or pending copy).</summary>
    public long Position => _flushed + _used + _copyLength;

    /// <summary>Writes bytes (UTF-8 already: markup literals, pre-encoded names).</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                stream.Write(bytes);
                _flushed += bytes.Length;
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

    /// <summary>Writes <paramref name="length"/> bytes of <paramref name="source"/> from <paramref name="offset"/>: held pending, and extended while the next copy starts where it ends with nothing written in between.</summary>
    /// <param name="source">The last export.</param>
    /// <param name="offset">Where the bytes start in it.</param>
    /// <param name="length">How many.</param>
    public void Copy(LastExport source, long offset, long length)
    {
        if (_copyLength > 0 && _copyAt == _used && ReferenceEquals(source, _copySource) && offset == _copyOffset + _copyLength)
        {
            _copyLength += length;
            return;
        }

        WritePendingCopy();
        (_copySource, _copyOffset, _copyLength, _copyAt) = (source, offset, length, _used);
    }

    /// <summary>The last <paramref name="length"/> bytes written, while they are still buffered after any pending copy.</summary>
    /// <param name="length">How many bytes.</param>
    /// <param name="bytes">The bytes.</param>
    /// <returns>False when some of them were handed to the stream already or are part of a copy.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetLast(long length, out ReadOnlySpan<byte> bytes)
    {
        var after = _used - (_copyLength > 0 ? _copyAt : 0);
        bytes = length <= after ? _buffer.AsSpan(_used - (int)length, (int)length) : default;
        return length <= after;
    }

    /// <summary>Takes back the last <paramref name="length"/> bytes written (see <see cref="TryGetLast"/>), which a copy writes instead.</summary>
    /// <param name="length">How many bytes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Unwrite(int length)
    {
        if (!TryGetLast(length, out _))
        {
            throw new InvalidOperationException("only bytes still buffered after the pending copy can be taken back");
        }

        _used -= length;
    }

    /// <summary>Hands everything buffered (and any pending copy) to the stream.</summary>
    public void Flush()
    {
        WritePendingCopy();
        stream.Write(_buffer, 0, _used);
        _flushed += _used;
        _used = 0;
    }

    /// <summary>
    /// Writes the pending copy in its place: a long one straight from file to file after the bytes
    /// buffered before it; a short one (or where the kernel cannot copy) through the buffer, with
    /// the bytes buffered after it set aside and put back behind it.
    /// </summary>
    private void WritePendingCopy()
    {
        if (_copyLength == 0)
        {
            return;
        }

        // Cleared first: writing through the buffer may flush, which comes back here.
        var (source, offset, length, at) = (_copySource!, _copyOffset, _copyLength, _copyAt);
        (_copySource, _copyLength) = (null, 0);
        if (length >= KernelCopyMinimum && stream is FileStream file)
        {
            stream.Write(_buffer, 0, at);
            var copied = source.TryCopyTo(file, offset, length);
            _buffer.AsSpan(at, _used - at).CopyTo(_buffer);
            _flushed += at + copied;
            _used -= at;
            (offset, length, at) = (offset + copied, length - copied, 0);
            if (length == 0)
            {
                return;
            }
        }

        var after = ArrayPool<byte>.Shared.Rent(_used - at);
        var afterLength = _used - at;
        _buffer.AsSpan(at, afterLength).CopyTo(after);
        _used = at;
        source.CopyTo(this, offset, length);
        Write(after.AsSpan(0, afterLength));
        ArrayPool<byte>.Shared.Return(after);
    }
}
