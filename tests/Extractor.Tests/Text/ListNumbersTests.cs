using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Text;

public sealed class ListNumbersTests
{
    [Theory]
    [InlineData("现有方法存在局限性。", 0)]
    [InlineData("2) 现有基准忽视了长程依赖。", 3)]
    [InlineData("（1）现有基准忽视了长程依赖。", 3)]
    [InlineData("  • PinCLIP是一个框架", 4)]
    [InlineData("3DGS在新视角合成中表现出色", 1)]
    public void Should_Skip_White_Space_And_A_List_Number(string text, int start)
    {
        Assert.Equal(start, ListNumbers.ContentStart(text));
    }
}
