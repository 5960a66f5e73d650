using Digest.Cli.Commands.Build;
using Digest.Extractor.Building;
using Digest.GraphLoader.Export.Records;

namespace Digest.Cli.Tests.Commands.Build;

public sealed class LastMergeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-merge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static LastMerge Sample() => new(
        "fingerprint",
        [new UInt128(3, 4), UInt128.MaxValue, 0],
        new RecordCounts(3, 2, 6, 4),
        new MergeLayout(new ArticlePlaces([0, 1, 1, 2], [1, 0]), new ArticlePlaces([0, 2, 2, 5], [3, 0, -1, 1, 2]), [true, false]));

    [Fact]
    public void Should_Read_Back_What_It_Saved()
    {
        var saved = Sample();
        saved.Save(_dir);

        var read = LastMerge.TryLoad(_dir);

        Assert.NotNull(read);
        Assert.Equal(saved.GraphFingerprint, read.GraphFingerprint);
        Assert.Equal(saved.MergeHashes, read.MergeHashes);
        Assert.Equal(saved.Counts, read.Counts);
        foreach (var (expected, actual) in new[] { (saved.Layout.Entities, read.Layout.Entities), (saved.Layout.Relations, read.Layout.Relations) })
        {
            Assert.Equal(expected.Starts.ToArray(), actual.Starts.ToArray());
            Assert.Equal(expected.All.ToArray(), actual.All.ToArray());
        }

        Assert.Equal(saved.Layout.Uniform, read.Layout.Uniform);
    }

    [Fact]
    public void Should_Not_Trust_A_File_That_Is_Missing_Damaged_Cut_Or_Foreign()
    {
        Assert.Null(LastMerge.TryLoad(_dir));
        Sample().Save(_dir);
        var bytes = File.ReadAllBytes(LastMerge.PathIn(_dir));

        foreach (var damaged in new[] { Flipped(bytes, 20), bytes[..^1], bytes[..10], "not a merge record"u8.ToArray() })
        {
            File.WriteAllBytes(LastMerge.PathIn(_dir), damaged);
            Assert.Null(LastMerge.TryLoad(_dir));
        }
    }

    private static byte[] Flipped(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 1;
        return copy;
    }
}
