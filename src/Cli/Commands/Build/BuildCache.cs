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

    /// <summary>The cache in the output folder, or null (with a warning when a file was there but could not be used).</summary>
    public static ExtractionCache? Load(string outDir, string version, TextWriter error)
    {
        var path = PathIn(outDir);
        if (!File.Exists(path))
        {
            return null;
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            error.WriteLine($"warning: {path}: cannot read the build cache ({e.Message}); extracting every article");
            return null;
        }

        if (!ExtractionCache.TryLoad(content, out var cache, out var problem))
        {
            error.WriteLine($"warning: {path}: ignoring the build cache: {problem}; extracting every article");
            return null;
        }

        if (cache.Version != version)
        {
            error.WriteLine($"note: {path}: the build cache was made by another extractor version (rules, data or code changed); extracting every article");
            return null;
        }

        return cache;
    }

    /// <summary>Writes the cache atomically.</summary>
    public static void Save(string outDir, ExtractionCache cache) =>
        AtomicFile.Write(PathIn(outDir), cache.Save);
}
