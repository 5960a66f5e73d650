using Digest.Extractor.Graph.Rankings;

namespace Digest.Extractor.Tests.Graph.Rankings;

public sealed class OrderedSumsTests
{
    // Values whose sum depends on the order of the additions: (1e16 + 1) + 1 != 1e16 + (1 + 1).
    private static readonly double[][] Chunks = [[1e16, 0.5], [1.0, 0.25], [1.0, 1e-17]];

    [Fact]
    public void Should_Add_Chunks_In_Chunk_Order_When_They_Finish_Out_Of_Order()
    {
        var sums = new OrderedSums(2, Chunks.Length);

        foreach (var chunk in new[] { 2, 0, 1 })
        {
            var partial = sums.Rent();
            Chunks[chunk].CopyTo(partial, 0);
            sums.Add(chunk, partial);
        }

        Assert.Equal(new[] { ((0.0 + 1e16) + 1.0) + 1.0, ((0.0 + 0.5) + 0.25) + 1e-17 }, sums.Total);
        Assert.NotEqual(1e16 + (1.0 + 1.0), sums.Total[0]);
    }

    [Fact]
    public void Should_Hand_Out_A_Cleared_Array_Once_Its_Chunk_Was_Added()
    {
        var sums = new OrderedSums(2, 2);
        var first = sums.Rent();
        first[0] = 3;
        sums.Add(0, first);

        var second = sums.Rent();

        Assert.Same(first, second);
        Assert.Equal(new double[2], second);
    }

    [Fact]
    public void Should_Refuse_The_Total_When_A_Chunk_Is_Missing()
    {
        var sums = new OrderedSums(1, 2);
        sums.Add(1, sums.Rent());

        Assert.Throws<InvalidOperationException>(() => sums.Total);
    }
}
