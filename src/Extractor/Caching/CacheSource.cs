using Microsoft.Win32.SafeHandles;

namespace Digest.Extractor.Caching;

/// <summary>
/// The bytes a cache was loaded from, read by range: a file kept open (so a rebuild does not hold the whole cache file
/// in memory while it decodes and re-saves it) or an array.
/// </summary>
internal abstract class CacheSource : IDisposable
{
    /// <summary>How many bytes there are.</summary>
    public abstract long Length { get; }

    /// <summary>An array's bytes.</summary>
    /// <param name="content">The bytes.</param>
    public static CacheSource Of(byte[] content) => new ArraySource(content);

    /// <summary>A file's bytes, read as asked for. It may be replaced (renamed over) while open: the source keeps reading the file it opened.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">It cannot be opened.</exception>
    public static CacheSource Open(string path) =>
        new FileSource(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete));

    /// <summary>The bytes of a range: the array's own when in memory, else a copy.</summary>
    /// <param name="offset">Where the range starts.</param>
    /// <param name="length">Its length.</param>
    /// <exception cref="InvalidDataException">The range runs past the end.</exception>
    public abstract ArraySegment<byte> Read(long offset, int length);

    /// <summary>Fills <paramref name="destination"/> with the bytes from <paramref name="offset"/> on.</summary>
    /// <param name="offset">Where to start.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <exception cref="InvalidDataException">The range runs past the end.</exception>
    public abstract void ReadInto(long offset, Span<byte> destination);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Lets go of the file, if any.</summary>
    /// <param name="disposing">Called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    private sealed class ArraySource(byte[] content) : CacheSource
    {
        public override long Length => content.Length;

        public override ArraySegment<byte> Read(long offset, int length)
        {
            Check(offset, length, content.Length);
            return new ArraySegment<byte>(content, (int)offset, length);
        }

        public override void ReadInto(long offset, Span<byte> destination)
        {
            Check(offset, destination.Length, content.Length);
            content.AsSpan((int)offset, destination.Length).CopyTo(destination);
        }
    }

    private sealed class FileSource(SafeFileHandle handle) : CacheSource
    {
        private readonly long _length = RandomAccess.GetLength(handle);

        public override long Length => _length;

        public override ArraySegment<byte> Read(long offset, int length)
        {
            var bytes = new byte[length];
            ReadInto(offset, bytes);
            return bytes;
        }

        public override void ReadInto(long offset, Span<byte> destination)
        {
            Check(offset, destination.Length, _length);
            while (!destination.IsEmpty)
            {
                var read = RandomAccess.Read(handle, destination, offset);
                if (read <= 0)
                {
                    throw new InvalidDataException("the cache file ends early");
                }

                destination = destination[read..];
                offset += read;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    private static void Check(long offset, int length, long total)
    {
        if (offset < 0 || length < 0 || offset > total - length)
        {
            throw new InvalidDataException("a cached range runs past the end");
        }
    }
}
