using Digest.Extractor.Building;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Building;

public sealed class EntityMergerTests
{
    private static GroupMember Member(string name, params string[] aliases) =>
        new("article:ropeformer", name, EntityType.Method, false, new EquatableArray<string>([.. aliases]), 3);

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

    [Fact]
    public void Should_Let_Articles_That_Tell_The_Type_Outvote_Any_Weight_Of_Guesses()
    {
        // FEVER: one article says 在FEVER数据集上, three others name it bare and default it to Method.
        GroupMember Fever(string article, EntityType type, bool guessed, int mentions) =>
            new(article, "FEVER", type, guessed, EquatableArray<string>.Empty, mentions);

        var entity = EntityMerger.Describe([
            Fever("article:a", EntityType.Method, true, 5),
            Fever("article:b", EntityType.Dataset, false, 1),
            Fever("article:c", EntityType.Method, true, 3),
            Fever("article:d", EntityType.Method, true, 2)]);

        Assert.Equal((EntityType.Dataset, "dataset:fever"), (entity.Type, entity.Id));
    }

    [Fact]
    public void Should_Count_A_Guess_Only_When_No_Article_Tells_The_Type_Or_One_Tells_The_Same()
    {
        GroupMember Member(string article, EntityType type, bool guessed, int mentions) =>
            new(article, "XNet", type, guessed, EquatableArray<string>.Empty, mentions);

        var told = EntityMerger.Describe([Member("article:a", EntityType.Model, false, 3), Member("article:b", EntityType.Method, false, 1), Member("article:c", EntityType.Dataset, true, 9)]);
        var backed = EntityMerger.Describe([Member("article:a", EntityType.Model, false, 3), Member("article:b", EntityType.Method, false, 1), Member("article:c", EntityType.Method, true, 4)]);
        var guessed = EntityMerger.Describe([Member("article:a", EntityType.Method, true, 1), Member("article:b", EntityType.Method, true, 3)]);

        // A guess backs a told type of its own (Method 1 + 4 beats Model 3), and counts for nothing else.
        Assert.Equal(EntityType.Model, told.Type);
        Assert.Equal(EntityType.Method, backed.Type);
        Assert.Equal((EntityType.Method, 4), (guessed.Type, guessed.MentionCount));
    }
}
