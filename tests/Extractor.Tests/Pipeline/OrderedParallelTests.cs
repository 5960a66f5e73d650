using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Should_Hand_On_Every_Item_In_Index_Order_When_Later_Items_Finish_First(int threads)
    {
        var consumed = new List<int>();

        // Even items take longer, so odd ones behind them are ready first and must wait their turn.
        OrderedParallel.Run(200, threads, i =>
        {
            Thread.SpinWait(i % 2 == 0 ? 20_000 : 10);
            return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }, (i, item) =>
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), item);
            consumed.Add(i);
        });

        Assert.Equal(Enumerable.Range(0, 200), consumed);
    }

    [Fact]
    public void Should_Never_Consume_On_Two_Threads_At_Once()
    {
        var inside = 0;
        var overlaps = 0;

        OrderedParallel.Run(500, 4, i => new object(), (_, _) =>
        {
            if (Interlocked.Increment(ref inside) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            Thread.SpinWait(200);
            Interlocked.Decrement(ref inside);
        });

        Assert.Equal(0, overlaps);
    }

    [Fact]
    public void Should_Consume_Nothing_When_There_Are_No_Items()
    {
        var consumed = 0;

        OrderedParallel.Run<object>(0, 0, _ => throw new InvalidOperationException("nothing to make"), (_, _) => consumed++);

        Assert.Equal(0, consumed);
    }
}
