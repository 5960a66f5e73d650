using Digest.Extractor.Caching;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// The last build's cache while it is read in the background (<see cref="BuildCache.StartLoading"/>). The holder lets go
/// of it when it is taken, so the build's long-lived frames do not keep the cache file's bytes alive after the extraction.
/// </summary>
/// <param name="loading">The read under way.</param>
internal sealed class PendingCache(Task<BuildCache.Loaded> loading)
{
    private Task<BuildCache.Loaded>? _loading = loading;

    /// <summary>Waits for the cache; null (with a warning when a file was there but could not be used) when there is none to use. The caller disposes the cache once the new one is saved.</summary>
    /// <param name="version">The extractor version the cache must have been made with.</param>
    /// <param name="error">Where the warning goes (written on the caller's thread, so it keeps its place among the build's messages).</param>
    public ExtractionCache? Take(string version, TextWriter error)
    {
        var loading = Interlocked.Exchange(ref _loading, null) ?? throw new InvalidOperationException("the cache was taken already");
        var (path, cache, warning) = loading.GetAwaiter().GetResult();
        if (warning is not null)
        {
            error.WriteLine(warning);
            return null;
        }

        if (cache is not null && cache.Version != version)
        {
            cache.Dispose();
            error.WriteLine($"note: {path}: the build cache was made by another extractor version (rules, data or code changed); extracting every article");
            return null;
        }

        return cache;
    }
}
