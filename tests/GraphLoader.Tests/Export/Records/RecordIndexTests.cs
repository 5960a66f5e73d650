using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Tests.Export.Records;

/// <summary>The record index on its own: written by <see cref="RecordIndexWriter"/>, read back by <see cref="RecordIndex"/>.</summary>
public sealed class RecordIndexTests : IDisposable
{
    // More than two checksum blocks, so lookups cross blocks and reread them.
    private const int Entries = (RecordIndexFormat.BlockEntries * 2) + 100;

    private readonly string _dir = Directory.CreateTempSubdirectory("digest-index-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Export => Path.Combine(_dir, "graph.json");

    private string Index => Path.Combine(_dir, "cache", "graph.json.records");

    private static ulong HashOf(int entry) => ((ulong)entry * 0x9E3779B97F4A7C15UL) | 1;

    private static ulong GapHashOf(int entry) => (ulong)entry + 7;

    /// <summary>Every third record has a head of 4 bytes.</summary>
    private static RecordHead HeadOf(int entry) => entry % 3 == 0 ? new RecordHead(HashOf(entry) + 2, 4) : RecordHead.None;

    /// <summary>An export of <see cref="Entries"/> 10-byte records and its index.</summary>
    private void WriteExportAndIndex()
    {
        File.WriteAllBytes(Export, new byte[Entries * 10]);
        using var writer = new RecordIndexWriter(Index);
        for (var entry = 0; entry < Entries; entry++)
        {
            writer.Add(HashOf(entry), entry * 10L, 10, GapHashOf(entry), HeadOf(entry));
        }

        writer.Save(Export);
    }

    private RecordIndex? Open() => RecordIndex.Open(Index, new FileInfo(Export).Length, File.GetLastWriteTimeUtc(Export).Ticks);

    [Fact]
    public void Should_Find_Every_Entry_In_Any_Order_And_Nothing_Else()
    {
        WriteExportAndIndex();
        using var index = Open();
        Assert.NotNull(index);

        foreach (var entry in Enumerable.Range(0, Entries).OrderBy(e => (e * 7919) % Entries))
        {
            Assert.True(index.TryFind(HashOf(entry), out var found));
            Assert.Equal(entry, found);
            Assert.Equal((entry * 10L, 10), index.RangeOf(found));
            Assert.Equal(GapHashOf(entry), index.GapHashOf(found));
            Assert.Equal(HeadOf(entry), index.HeadOf(found));
        }

        Assert.False(index.TryFind(2, out _));
    }

    [Fact]
    public void Should_Find_A_Head_Only_Where_The_Record_Would_Be_Had_It_Stayed_In_Place()
    {
        WriteExportAndIndex();
        using var index = Open();
        Assert.NotNull(index);

        // After entry 2: entry 3 (next) and entry 4 (the one after, a record changed in place) are tried, not entry 6.
        Assert.True(index.TryFind(HashOf(2), out _));
        Assert.False(index.TryFindHead(HeadOf(6).Hash, out _));
        Assert.True(index.TryFindHead(HeadOf(3).Hash, out var found));
        Assert.Equal(3, found);

        // Entry 4 has no head: its record was written whole.
        Assert.False(index.TryFindHead(0, out _));
        Assert.True(index.TryFind(HashOf(5), out _));
        Assert.True(index.TryFindHead(HeadOf(6).Hash, out found));
        Assert.Equal(6, found);
        Assert.True(index.TryFind(HashOf(7), out found));
        Assert.Equal(7, found);
    }

    [Fact]
    public void Should_Refuse_An_Index_That_Does_Not_Describe_The_Export_Or_Is_Damaged()
    {
        WriteExportAndIndex();
        var length = new FileInfo(Export).Length;
        var modified = File.GetLastWriteTimeUtc(Export).Ticks;
        Assert.Null(RecordIndex.Open(Index, length + 1, modified));
        Assert.Null(RecordIndex.Open(Index, length, modified + 1));

        var bytes = File.ReadAllBytes(Index);
        bytes[RecordIndexFormat.EntrySize + 3] ^= 1;
        File.WriteAllBytes(Index, bytes);
        Assert.Null(RecordIndex.Open(Index, length, modified));

        File.WriteAllBytes(Index, bytes[..^1]);
        Assert.Null(RecordIndex.Open(Index, length, modified));
        Assert.Null(RecordIndex.Open(Path.Combine(_dir, "missing.records"), length, modified));
    }

    [Fact]
    public void Should_Refuse_An_Index_Whose_Head_Is_Longer_Than_Its_Record()
    {
        File.WriteAllBytes(Export, new byte[100]);
        using (var writer = new RecordIndexWriter(Index))
        {
            writer.Add(HashOf(0), 0, 10, GapHashOf(0), new RecordHead(5, 11));
            writer.Save(Export);
        }

        Assert.Null(Open());
    }

    [Fact]
    public void Should_Refuse_An_Index_Whose_Records_Lie_Outside_The_Export()
    {
        WriteExportAndIndex();
        File.WriteAllBytes(Export, new byte[(Entries * 10) - 1]);
        using var writer = new RecordIndexWriter(Index);
        writer.Add(HashOf(0), (Entries * 10L) - 5, 10, GapHashOf(0), RecordHead.None);
        writer.Save(Export);

        Assert.Null(Open());
    }

    [Fact]
    public void Should_Leave_Nothing_Behind_When_Disposed_Unsaved()
    {
        using (var writer = new RecordIndexWriter(Index))
        {
            writer.Add(1, 0, 10, 2, RecordHead.None);
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "cache")));
    }
}
