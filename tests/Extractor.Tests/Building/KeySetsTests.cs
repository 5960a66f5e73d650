using Digest.Extractor.Building;

namespace Digest.Extractor.Tests.Building;

public sealed class KeySetsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_Make_The_Ordinally_Smallest_Key_The_Representative_Whatever_The_Union_Order(bool reversed)
    {
        var sets = new KeySets();
        var pairs = new[] { ("skiptuning", "skip-tuning方法"), ("lora", "低秩适配"), ("skip-tuning方法", "st") };
        foreach (var (a, b) in reversed ? pairs.Reverse() : pairs)
        {
            sets.Union(sets.Add(b), sets.Add(a));
        }

        Assert.Equal("skip-tuning方法", sets.Key(sets.Find(sets.NumberOf("st"))));
        Assert.Equal("skip-tuning方法", sets.Key(sets.Find(sets.NumberOf("skiptuning"))));
        Assert.Equal("lora", sets.Key(sets.Find(sets.NumberOf("低秩适配"))));
        Assert.NotEqual(sets.Find(sets.NumberOf("lora")), sets.Find(sets.NumberOf("st")));
    }

    [Fact]
    public void Should_Number_A_Key_Once_When_It_Is_Added_Again()
    {
        var sets = new KeySets();

        var first = sets.Add("gpt4");
        var again = sets.Add("gpt4");

        Assert.Equal(first, again);
        Assert.Equal(1, sets.Count);
    }
}
