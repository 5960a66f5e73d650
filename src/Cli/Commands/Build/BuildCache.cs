using Digest.Extractor.Caching;
using Digest.GraphLoader.Export;

namespace Digest.Cli.Commands.Build;

/// <summary>Where the build cache lives in the output folder, and how it is read (never trusted blindly) and written (atomically).</summary>
internal static class BuildCache
{
    /// <summary>The cache folder inside the output folder.</summary>
    public const string FolderName = ".digest-cache";

    /// <summary>The cache file.</summary>
    public const string FileName = "extractions.bin";

    /// <summary>The cache file of an output folder.</summary>
    public static string PathIn(string outDir) => Path.Combine(outDir, FolderName, FileName);

    /// <summary>
    /// Starts reading and checking the cache file on another thread, so it overlaps the input's reading and the
    /// pipeline's set-up; <see cref="PendingCache.Take"/> gives the result.
    /// </summary>
    /// <param name="outDir">The output folder.</param>
    public static PendingCache StartLoading(string outDir) => new(Task.Run(() => Read(PathIn(outDir))));

    /// <summary>Writes the cache atomically.</summary>
    public static void Save(string outDir, ExtractionCache cache) =>
        AtomicFile.Write(PathIn(outDir), cache.Save);

    private static Loaded Read(string path)
    {
        if (!File.Exists(path))
        {
            return new Loaded(path, null, null);
        }

        try
        {
            return ExtractionCache.TryOpen(path, out var cache, out var problem)
                ? new Loaded(path, cache, null)
                : new Loaded(path, null, $"warning: {path}: ignoring the build cache: {problem}; extracting every article");
        }
        catch (IOException e)
        {
            return new Loaded(path, null, $"warning: {path}: cannot read the build cache ({e.Message}); extracting every article");
        }
    }

    /// <summary>What reading the cache file gave: a cache (of some version), a warning, or neither when there is no file.</summary>
    /// <param name="Path">The cache file.</param>
    /// <param name="Cache">The cache, when the file was there and sound.</param>
    /// <param name="Warning">Why a file that was there cannot be used.</param>
    internal sealed record Loaded(string Path, ExtractionCache? Cache, string? Warning);
}
