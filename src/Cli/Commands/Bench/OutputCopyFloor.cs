using System.Diagnostics;

namespace Digest.Cli.Commands.Bench;

/// <summary>
/// How long this machine takes just to copy a build's exports file to file (in the kernel where the
/// system can): no build that writes those bytes can spend less on writing them, whatever its
/// formatting or caching does. Puts the measured stages in proportion to the disk and page cache.
/// </summary>
/// <param name="Bytes">The exports' total size.</param>
/// <param name="Files">How many files.</param>
/// <param name="Elapsed">How long copying them took, one after the other.</param>
internal sealed record OutputCopyFloor(long Bytes, int Files, TimeSpan Elapsed)
{
    /// <summary>
    /// Copies every export of <paramref name="folder"/> (not its subfolders, nor the hidden spares a rebuild writes over)
    /// beside itself, times it, and deletes the copies.
    /// </summary>
    /// <param name="folder">A build's output folder.</param>
    public static OutputCopyFloor Measure(string folder)
    {
        var files = Directory.GetFiles(folder).Where(file => !Path.GetFileName(file).StartsWith('.')).ToArray();
        var bytes = 0L;
        var elapsed = TimeSpan.Zero;
        foreach (var file in files)
        {
            var copy = file + ".floor";
            var start = Stopwatch.GetTimestamp();
            File.Copy(file, copy, overwrite: true);
            elapsed += Stopwatch.GetElapsedTime(start);
            bytes += new FileInfo(file).Length;
            File.Delete(copy);
        }

        return new OutputCopyFloor(bytes, files.Length, elapsed);
    }
}
