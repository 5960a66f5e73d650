namespace Digest.Cli.Commands.Build;

/// <summary>
/// A build's claim on its output folder, held from start to end: two builds into one folder would mix their caches, and
/// the exports are written over spare files in place (<see cref="GraphLoader.Export.AtomicFile.WriteOverSpare"/>), which
/// only one writer may do. The lock is the operating system's on an open file, so a build that dies lets go of it.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name in the cache folder.</summary>
    public const string FileName = "build.lock";

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>Takes the lock on <paramref name="outDir"/>; null when another build holds it.</summary>
    /// <param name="outDir">The output folder.</param>
    public static OutputLock? TryTake(string outDir)
    {
        var path = Path.Combine(outDir, BuildCache.FolderName, FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    /// <summary>Lets go of the lock.</summary>
    public void Dispose() => _file.Dispose();
}
