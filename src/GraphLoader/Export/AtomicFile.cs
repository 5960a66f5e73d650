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
    /// Writes <paramref name="path"/> atomically over its spare, <see cref="SparePath"/>, and keeps the file it replaces
    /// as the next spare.
    /// </summary>
    /// <remarks>
    /// Replacing a large file frees its blocks, which is slow where the file system discards freed blocks as it frees
    /// them (ext4 mounted with <c>discard</c>, common on cloud disks): about 0.2 s per 200 MB here, and the outputs'
    /// renames wait for it. Writing over the last spare's blocks and keeping the replaced file frees nothing: the price
    /// is one more copy of the file on disk. The spare sits beside the file, so the two are on one file system and a
    /// rename moves one to the other. It is written in place, so the caller must be the only writer (a build holds its
    /// output folder's lock); a spare with another name (a hard-linked backup) is left to that name; a failed write
    /// leaves only the spare unusable, never the file. On Linux only (where <see cref="FileLinks"/> can count a file's
    /// names); elsewhere this is <see cref="Write(string, Action{Stream}, int)"/>.
    /// </remarks>
    /// <param name="path">The destination.</param>
    /// <param name="write">Writes the content to the stream.</param>
    /// <param name="bufferSize">The stream's buffer, as for <see cref="Write(string, Action{Stream}, int)"/>.</param>
    public static void WriteOverSpare(string path, Action<Stream> write, int bufferSize = DefaultBufferSize)
    {
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere a file's other names cannot be counted (FileLinks), so nothing is written in place.
            Write(path, write, bufferSize);
            return;
        }

        var full = Path.GetFullPath(path);
        var spare = SparePath(full);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (File.Exists(spare) && !FileLinks.IsSoleName(spare))
        {
            // Another name shares its blocks (or that cannot be told here): only our name goes, the blocks stay theirs.
            File.Delete(spare);
        }

        using (var stream = new FileStream(spare, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, bufferSize))
        {
            write(stream);
            stream.SetLength(stream.Position);
        }

        if (!File.Exists(full))
        {
            File.Move(spare, full);
            return;
        }

        // File.Replace links the replaced file under the backup name before renaming the spare over it (on Unix), so
        // the replaced file's blocks stay in use, now as the next spare; the file is never missing.
        var replaced = spare + ".replaced";
        File.Replace(spare, full, replaced);
        File.Move(replaced, spare);
    }

    /// <summary>The spare <see cref="WriteOverSpare"/> keeps for a file: a hidden file beside it, <c>.&lt;name&gt;.spare</c>.</summary>
    /// <param name="path">The file.</param>
    public static string SparePath(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.spare");
    }
}
