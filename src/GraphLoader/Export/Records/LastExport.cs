using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// The last build's export file, read by range: long ranges are copied file to file in the kernel
/// (Linux <c>copy_file_range</c>, several times faster than writing the bytes from memory, and they never
/// enter the process), the rest through a window read forward, as records keep their order.
/// Not thread-safe: one per export.
/// </summary>
/// <param name="file">The file, open for reading; disposed with this.</param>
internal sealed class LastExport(SafeFileHandle file) : IDisposable
{
    private const int WindowSize = 1 << 20;

    private byte[]? _window;
    private long _windowStart;
    private int _windowLength;
    private bool _noKernelCopy = !OperatingSystem.IsLinux();

    /// <summary>Writes a range of the file into <paramref name="output"/>'s buffer.</summary>
    /// <param name="output">The output.</param>
    /// <param name="offset">Where the range starts.</param>
    /// <param name="length">How long it is.</param>
    public void CopyTo(Utf8Output output, long offset, long length)
    {
        _window ??= new byte[WindowSize];
        while (length > 0)
        {
            if (offset < _windowStart || offset >= _windowStart + _windowLength)
            {
                _windowStart = offset;
                _windowLength = RandomAccess.Read(file, _window, offset);
                if (_windowLength == 0)
                {
                    throw ShorterThanIndexed();
                }
            }

            var available = (int)Math.Min(length, _windowStart + _windowLength - offset);
            output.Write(_window.AsSpan((int)(offset - _windowStart), available));
            offset += available;
            length -= available;
        }
    }

    /// <summary>Copies a range of the file to the end of <paramref name="destination"/> in the kernel, where the system can.</summary>
    /// <param name="destination">The export being written (unbuffered), at the position the range goes to.</param>
    /// <param name="offset">Where the range starts.</param>
    /// <param name="length">How long it is.</param>
    /// <returns>How many bytes were copied (and the destination's position moved by): fewer than asked when the kernel cannot copy (another file system, another system), for the caller to write the rest.</returns>
    public long TryCopyTo(FileStream destination, long offset, long length)
    {
        if (_noKernelCopy)
        {
            return 0;
        }

        var target = (int)destination.SafeFileHandle.DangerousGetHandle();
        var source = (int)file.DangerousGetHandle();
        var (inOffset, outOffset, copied) = (offset, destination.Position, 0L);
        while (copied < length)
        {
            var result = CopyFileRange(source, ref inOffset, target, ref outOffset, (nuint)Math.Min(length - copied, 1 << 30), 0);
            if (result < 0)
            {
                // Not supported here (old kernel, across file systems, special files): the buffer takes over, for good.
                _noKernelCopy = true;
                break;
            }

            if (result == 0)
            {
                throw ShorterThanIndexed();
            }

            copied += result;
        }

        destination.Seek(copied, SeekOrigin.Current);
        return copied;
    }

    /// <inheritdoc />
    public void Dispose() => file.Dispose();

    private static IOException ShorterThanIndexed() =>
        new("the last export is shorter than its record index says; delete the .digest-cache folder and build again");

    // DllImport rather than LibraryImport: its generated code needs unsafe blocks, and these arguments need no marshalling.
    [DllImport("libc", EntryPoint = "copy_file_range", SetLastError = true)]
    private static extern nint CopyFileRange(int sourceFd, ref long sourceOffset, int targetFd, ref long targetOffset, nuint length, uint flags);
}
