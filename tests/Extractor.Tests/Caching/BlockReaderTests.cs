using Digest.Extractor.Caching;

namespace Digest.Extractor.Tests.Caching;

public sealed class BlockReaderTests
{
    private static byte[] Counting(int length, int first = 0) => [.. Enumerable.Range(first, length).Select(i => (byte)i)];

    [Fact]
    public void Should_Read_Ascending_Ranges_With_One_Read_Per_Block()
    {
        var content = Counting(100);
        using var source = CacheSource.Of(content);
        var blocks = new BlockReader(blockSize: 32);

        for (var offset = 0; offset < 60; offset += 10)
        {
            Assert.Equal(content[offset..(offset + 10)], blocks.Read(source, offset, 10).ToArray());
        }

        // Six ranges, two blocks: [0, 32) and, as [30, 40) runs past it, [30, 62).
        Assert.Equal(2, blocks.Reads);
    }

    [Fact]
    public void Should_Read_A_Range_Longer_Than_A_Block_And_One_Before_The_Block()
    {
        var content = Counting(100);
        using var source = CacheSource.Of(content);
        var blocks = new BlockReader(blockSize: 16);

        Assert.Equal(content[5..75], blocks.Read(source, 5, 70).ToArray());
        Assert.Equal(content[0..4], blocks.Read(source, 0, 4).ToArray());
        Assert.Equal(content[96..100], blocks.Read(source, 96, 4).ToArray());
        Assert.Equal(3, blocks.Reads);
    }

    [Fact]
    public void Should_Read_The_Source_Asked_For_When_Two_Sources_Share_Offsets()
    {
        using var first = CacheSource.Of(Counting(50));
        using var second = CacheSource.Of(Counting(50, first: 100));
        var blocks = new BlockReader(blockSize: 64);

        Assert.Equal(Counting(5, first: 10), blocks.Read(first, 10, 5).ToArray());
        Assert.Equal(Counting(5, first: 110), blocks.Read(second, 10, 5).ToArray());
        Assert.Equal(Counting(5, first: 20), blocks.Read(first, 20, 5).ToArray());
    }

    [Fact]
    public void Should_Refuse_A_Range_Past_The_End_Of_A_Cache_File()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Counting(40));
            using var source = CacheSource.Open(path);
            var blocks = new BlockReader(blockSize: 16);

            Assert.Equal(Counting(8, first: 30), blocks.Read(source, 30, 8).ToArray());
            Assert.Throws<InvalidDataException>(() => blocks.Read(source, 36, 8).ToArray());
            Assert.Throws<InvalidDataException>(() => blocks.Read(source, -1, 2).ToArray());
            Assert.Equal(Counting(4, first: 0), blocks.Read(source, 0, 4).ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
