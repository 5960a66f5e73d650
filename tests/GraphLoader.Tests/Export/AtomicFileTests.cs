using System.Diagnostics;
using System.Text;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

/// <summary>
/// Writing over a spare: the file is always whole, the file it replaces becomes the next spare (the same file on disk,
/// so its blocks are written over instead of freed), and a spare that has another name is never written over.
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-atomic-").FullName;

    private string Target => Path.Combine(_dir, "graph.json");

    private string Spare => Path.Combine(_dir, ".graph.json.spare");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_Keep_The_Replaced_File_As_The_Spare_And_Write_The_Next_Content_Over_It()
    {
        WriteOverSpare("first, the longest content of all");
        Assert.Equal("first, the longest content of all", File.ReadAllText(Target));
        Assert.False(File.Exists(Spare));

        WriteOverSpare("second");
        Assert.Equal("second", File.ReadAllText(Target));
        Assert.Equal("first, the longest content of all", File.ReadAllText(Spare));

        // The third content goes into the first file on disk, cut to its own length; the second becomes the spare. The
        // first file is held open meanwhile, so its number could not pass to a new file if the spare were replaced.
        var first = FileNumber(Spare);
        var second = FileNumber(Target);
        using (HoldOpen(Spare))
        {
            WriteOverSpare("third");
        }

        Assert.Equal("third", File.ReadAllText(Target));
        Assert.Equal(first, FileNumber(Target));
        Assert.Equal("second", File.ReadAllText(Spare));
        Assert.Equal(second, FileNumber(Spare));
        Assert.Equal([Path.GetFileName(Spare), Path.GetFileName(Target)], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Should_Leave_A_Spare_That_Has_Another_Name_To_That_Name()
    {
        WriteOverSpare("first");
        WriteOverSpare("second");
        var backup = Path.Combine(_dir, "backup-of-first");
        Run("ln", Spare, backup);

        WriteOverSpare("third");

        Assert.Equal("third", File.ReadAllText(Target));
        Assert.Equal("first", File.ReadAllText(backup));
        Assert.NotEqual(FileNumber(backup), FileNumber(Target));
        Assert.Equal("second", File.ReadAllText(Spare));
    }

    [Fact]
    public void Should_Leave_The_File_Whole_When_Writing_Over_The_Spare_Fails()
    {
        WriteOverSpare("first");
        WriteOverSpare("second");

        Assert.Throws<IOException>(() => AtomicFile.WriteOverSpare(Target, stream =>
        {
            stream.Write("half of"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("second", File.ReadAllText(Target));
        WriteOverSpare("third");
        Assert.Equal("third", File.ReadAllText(Target));
        Assert.Equal("second", File.ReadAllText(Spare));
    }

    private void WriteOverSpare(string content) =>
        AtomicFile.WriteOverSpare(Target, stream => stream.Write(Encoding.UTF8.GetBytes(content)), bufferSize: 0);

    /// <summary>The file's inode number: which file on disk a name leads to.</summary>
    private static string FileNumber(string path) => Run("stat", "--format=%i", path).Trim();

    /// <summary>A process holding the file open until disposed.</summary>
    private static IDisposable HoldOpen(string path)
    {
        var info = new ProcessStartInfo("sh") { ArgumentList = { "-c", "exec 3<\"$0\"; echo open; exec sleep 60", path }, RedirectStandardOutput = true };
        var process = Process.Start(info)!;
        Assert.Equal("open", process.StandardOutput.ReadLine());
        return new Holder(process);
    }

    private sealed class Holder(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.Kill();
            process.WaitForExit();
            process.Dispose();
        }
    }

    private static string Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(info.ArgumentList.Add);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
