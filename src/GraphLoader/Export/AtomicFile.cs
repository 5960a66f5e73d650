namespace Digest.GraphLoader.Export;

/// <summary>Writes a file through a temporary name in the same folder, then moves it into place, so a failed write never leaves a half-written file.</summary>
public static class AtomicFile
{
    /// <summary>Writers above flush in small pieces (XmlWriter every few KB): gather them into few large writes.</summary>
    public const int DefaultBufferSize = 1 << 20;

    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="write">Writes the content to the stream.</param>
    /// <param name="bufferSize">The stream's buffer; 0 for a writer that hands over large blocks itself (the exporters), so no block is copied twice.</param>
    public static void Write(string path, Action<Stream> write, int bufferSize = DefaultBufferSize)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="path"/> atomically over a spare file, and keeps the file it replaces as the next spare.
    /// </summary>
    /// <remarks>
    /// Replacing a large file frees its blocks, which is slow where the file system discards freed blocks as it frees
    /// them (ext4 mounted with <c>discard</c>, common on cloud disks): about 0.2 s per 200 MB here, and the outputs'
    /// renames wait for it. Writing over the last spare's blocks and keeping the replaced file frees nothing: the price
    /// is one more copy of the file on disk. The spare is written in place, so the caller must be the only writer
    /// (a build holds its output folder's lock), a spare with another name (a hard-linked backup) is left to that name,
    /// and a failed write leaves only the spare unusable, never the file. On Linux only (where <see cref="FileLinks"/>
    /// can count a file's names); elsewhere this is <see cref="Write(string, Action{Stream}, int)"/>.
    /// </remarks>
    /// <param name="path">The destination.</param>
    /// <param name="spare">The spare file: written over if it exists, and afterwards the file <paramref name="path"/> held before, if any.</param>
    /// <param name="write">Writes the content to the stream.</param>
    /// <param name="bufferSize">The stream's buffer, as for <see cref="Write(string, Action{Stream}, int)"/>.</param>
    public static void WriteOverSpare(string path, string spare, Action<Stream> write, int bufferSize = DefaultBufferSize)
    {
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere a file's other names cannot be counted (FileLinks), so nothing is written in place.
            Write(path, write, bufferSize);
            return;
        }

        var full = Path.GetFullPath(path);
        var fullSpare = Path.GetFullPath(spare);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Directory.CreateDirectory(Path.GetDirectoryName(fullSpare)!);
        if (File.Exists(fullSpare) && !FileLinks.IsSoleName(fullSpare))
        {
            // Another name shares its blocks (or that cannot be told here): only our name goes, the blocks stay theirs.
            File.Delete(fullSpare);
        }

        using (var stream = new FileStream(fullSpare, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, bufferSize))
        {
            write(stream);
            stream.SetLength(stream.Position);
        }

        if (!File.Exists(full))
        {
            File.Move(fullSpare, full);
            return;
        }

        // File.Replace links the replaced file under the backup name before renaming the spare over it (on Unix), so
        // the replaced file's blocks stay in use, now as the next spare; the file is never missing.
        var replaced = fullSpare + ".replaced";
        File.Replace(fullSpare, full, replaced);
        File.Move(replaced, fullSpare);
    }
}
