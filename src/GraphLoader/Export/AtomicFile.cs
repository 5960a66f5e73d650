namespace Digest.GraphLoader.Export;

/// <summary>Writes a file through a temporary name in the same folder, then moves it into place, so a failed write never leaves a half-written file.</summary>
public static class AtomicFile
{
    /// <summary>Writers above flush in small pieces (XmlWriter every few KB): gather them into few large writes.</summary>
    private const int BufferSize = 1 << 20;

    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="write">Writes the content to the stream.</param>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize))
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
