using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Export.Snapshots;

/// <summary>
/// What a graph file held when it was read: its length, write time and a hash of every byte. Length and write time
/// alone miss an edit of the same length within the file system's time resolution (a second or two on some);
/// hashing a 170 MB graph.json from the page cache takes about 60 ms, a small part of what the snapshot saves.
/// </summary>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="WrittenUtcTicks">The file's last write time (UTC ticks).</param>
/// <param name="ContentHash">XXH64 of the content, chained over blocks of <see cref="BlockSize"/> bytes.</param>
internal sealed record GraphFileStamp(long Length, long WrittenUtcTicks, ulong ContentHash)
{
    /// <summary>The block size of the chained hash.</summary>
    public const int BlockSize = 1 << 20;

    /// <summary>Stamps the file as it is now: length and write time first, then the content.</summary>
    /// <param name="file">The file.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static GraphFileStamp Of(FileInfo file)
    {
        file.Refresh();
        var length = file.Length;
        var written = file.LastWriteTimeUtc.Ticks;
        var buffer = new byte[BlockSize];
        ulong hash = 0;
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        int read;
        while ((read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
        {
            hash = XxHash64.Hash(buffer.AsSpan(0, read), hash);
        }

        return new GraphFileStamp(length, written, hash);
    }

    /// <summary>Whether the file's length and write time are still those stamped (checked after reading it, so a file written meanwhile is not snapshotted).</summary>
    /// <param name="file">The file.</param>
    public bool StillMatches(FileInfo file)
    {
        file.Refresh();
        return file.Exists && file.Length == Length && file.LastWriteTimeUtc.Ticks == WrittenUtcTicks;
    }
}
