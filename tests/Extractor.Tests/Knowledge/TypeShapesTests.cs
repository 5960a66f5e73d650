using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class TypeShapesTests
{
    private static readonly TypeShapes Shapes = TypeShapes.Parse("type-shapes.tsv", new StringReader("Bench$\tDataset\tfirm\n-V\\d$\tModel\n"));

    [Theory]
    [InlineData("DeXposure-Bench", EntityType.Dataset, EntityType.Dataset)]
    [InlineData("Kimi-V2", EntityType.Model, null)]
    [InlineData("ZorbaFlow", null, null)]
    public void Should_Tell_A_Firm_Shape_From_One_That_The_Text_Outweighs(string name, EntityType? shaped, EntityType? firm)
    {
        Assert.Equal(shaped, Shapes.Of(name));
        Assert.Equal(firm, Shapes.FirmOf(name));
    }

    [Fact]
    public void Should_Name_The_Line_Of_A_Third_Field_That_Is_Not_Firm()
    {
        var error = Assert.Throws<DigestInputException>(() => TypeShapes.Parse("type-shapes.tsv", new StringReader("Bench$\tDataset\n-V\\d$\tModel\tstrong\n")));

        Assert.Contains("type-shapes.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
    }
}
