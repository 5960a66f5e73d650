using System.Runtime.InteropServices;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Whether a file has no other name, asked of Linux's <c>statx</c> (whose record is the same on every architecture).
/// A file written over in place must be one nobody else links to: a backup made with hard links
/// (<c>rsync --link-dest</c>, <c>cp -al</c>) shares the file's blocks and would change with it.
/// </summary>
internal static class FileLinks
{
    private const int CurrentDirectory = -100;
    private const int NoFollow = 0x100;
    private const uint TypeAndLinksWanted = 0x1 | 0x4;
    private const ushort TypeBits = 0xF000;
    private const ushort RegularFile = 0x8000;

    /// <summary>Whether <paramref name="path"/> is a regular file (not a link to one) with exactly one name; false when that cannot be told.</summary>
    /// <param name="path">The file.</param>
    public static bool IsSoleName(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        // struct statx: stx_mask (u32) at 0, stx_nlink (u32) at 16, stx_mode (u16) at 28; the record is 256 bytes.
        var record = new byte[256];
        try
        {
            if (Statx(CurrentDirectory, path, NoFollow, TypeAndLinksWanted, record) != 0
                || (BitConverter.ToUInt32(record, 0) & TypeAndLinksWanted) != TypeAndLinksWanted)
            {
                return false;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        return BitConverter.ToUInt32(record, 16) == 1 && (BitConverter.ToUInt16(record, 28) & TypeBits) == RegularFile;
    }

    [DllImport("libc", EntryPoint = "statx", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Statx(int directory, string path, int flags, uint mask, byte[] record);
}
