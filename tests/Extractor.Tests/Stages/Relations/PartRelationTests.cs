using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class PartRelationTests
{
    private static LocalEntity Work(string name, EntityType type) =>
        new(name.ToLowerInvariant(), name, type, EquatableArray<string>.Empty, EquatableArray<Mention>.Empty);

    private static string? Between(EntityType part, EntityType whole) =>
        PartRelation.Between(RelationSignatures.Schema, Work("Part", part), Work("Whole", whole)) is (var type, var source, var target)
            ? $"{source.Name} -{SchemaNames.Name(type)}-> {target.Name}"
            : null;

    [Theory]
    [InlineData(EntityType.Method, EntityType.Model, "Part -PART_OF-> Whole")]
    [InlineData(EntityType.Method, EntityType.Method, "Part -PART_OF-> Whole")]
    [InlineData(EntityType.Model, EntityType.Model, "Whole -USES-> Part")]
    [InlineData(EntityType.Tool, EntityType.Method, "Whole -USES-> Part")]
    public void Should_Make_A_Method_A_Part_And_A_Model_Or_Tool_One_The_Whole_Uses(EntityType part, EntityType whole, string expected)
    {
        Assert.Equal(expected, Between(part, whole));
    }

    [Theory]
    [InlineData(EntityType.Dataset, EntityType.Method)]
    [InlineData(EntityType.Author, EntityType.Model)]
    [InlineData(EntityType.Method, EntityType.Paper)]
    public void Should_Relate_No_Dataset_Person_Or_Paper_As_A_Part_Or_Its_Whole(EntityType part, EntityType whole)
    {
        Assert.Null(Between(part, whole));
    }
}
