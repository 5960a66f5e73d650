using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Text;

public sealed class CharSetsTests
{
    [Fact]
    public void Should_Follow_How_Deep_In_Round_Brackets_A_Text_Stands_Never_Below_None()
    {
        var depth = 0;
        var depths = new List<int>();
        var brackets = new List<bool>();
        foreach (var c in "）A（B(C)）D")
        {
            brackets.Add(CharSets.StepsBrackets(c, ref depth));
            depths.Add(depth);
        }

        Assert.Equal([true, false, true, false, true, false, true, true, false], brackets);
        Assert.Equal([0, 0, 1, 1, 2, 2, 1, 0, 0], depths);
    }
}
