using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Tests.Export.Records;

/// <summary>The hash table of a record index on its own.</summary>
public sealed class HashSlotsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    public void Should_Find_Every_Hash_And_No_Other(int count)
    {
        var random = new Random(count);
        var hashes = Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64() * 3).Distinct().ToArray();
        var slots = new HashSlots(hashes);

        for (var entry = 0; entry < hashes.Length; entry++)
        {
            Assert.Equal(entry, slots.Find(hashes[entry]));
        }

        // Hashes that share a known one's low bits (its slot) or its high bits (its tag), or both but one bit.
        foreach (var hash in hashes.Take(200))
        {
            Assert.Equal(-1, slots.Find(hash ^ (1UL << 63)));
            Assert.Equal(-1, slots.Find(hash ^ 1UL));
            Assert.Equal(-1, slots.Find(hash ^ (1UL << 40)));
        }
    }

    [Fact]
    public void Should_Tell_Apart_Hashes_That_Share_Their_Slot_And_Tag()
    {
        // Three entries: 8 slots from the low 3 bits, and a tag of the high 30 bits. These differ only in bits 28-29.
        ulong[] hashes = [0xABCD_E000_1234_5678, 0xABCD_E000_2234_5678, 0xABCD_E000_3234_5678];
        var slots = new HashSlots(hashes);

        Assert.Equal([0, 1, 2], hashes.Select(slots.Find));
        Assert.Equal(-1, slots.Find(0xABCD_E000_0234_5678));
    }
}
