using Digest.Extractor.Building;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Building;

public sealed class EntityMergerTests
{
    private static GroupMember Member(string name, params string[] aliases) =>
        new("article:ropeformer", name, EntityType.Method, new EquatableArray<string>([.. aliases]), 3);

    [Fact]
    public void Should_Take_A_Lone_Members_Sorted_Aliases_As_They_Are()
    {
        var member = Member("RoPE", "Rotary Position Embedding", "旋转位置编码");

        var entity = EntityMerger.Describe([member]);

        Assert.Equal(new Entity("method:rope", EntityType.Method, "RoPE", member.Aliases, 3, new EquatableArray<string>(["article:ropeformer"])), entity);
    }

    [Fact]
    public void Should_Sort_A_Lone_Members_Aliases_And_Drop_Repeats_And_Its_Name_As_For_A_Larger_Group()
    {
        var entity = EntityMerger.Describe([Member("RoPE", "旋转位置编码", "RoPE", "Rotary Position Embedding", "Rotary Position Embedding")]);
        var pair = EntityMerger.Describe([Member("RoPE", "旋转位置编码", "Rotary Position Embedding"), Member("RoPE", "RoPE")]);

        Assert.Equal(["Rotary Position Embedding", "旋转位置编码"], entity.Aliases);
        Assert.Equal(pair.Aliases, entity.Aliases);
        Assert.Equal("method:rope", entity.Id);
    }
}
