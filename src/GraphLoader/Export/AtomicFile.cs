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
}
