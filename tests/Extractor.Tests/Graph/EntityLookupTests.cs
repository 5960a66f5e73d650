using Digest.Extractor.Graph;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph;

public sealed class EntityLookupTests
{
    /// <summary>Names as the corpus graph holds them (with its noise: "Mamba" is an alias of SIGM there).</summary>
    private static KnowledgeGraph Corpus()
    {
        Entity E(string id, string name, int mentions, params string[] aliases) =>
            new(id, id.StartsWith("model:", StringComparison.Ordinal) ? EntityType.Model : EntityType.Method, name, EquatableArray<string>.From(aliases), mentions, EquatableArray<string>.Empty);
        var data = new KnowledgeGraphData(
            EquatableArray<Article>.Empty,
            EquatableArray<Entity>.From([
                E("method:1d-transformer", "1D Transformer", 1),
                E("method:itransformer", "iTransformer", 40),
                E("method:l-transformer", "L-Transformer", 2),
                E("method:sigm", "SIGM", 190, "FVM", "Mamba"),
                E("method:transformer", "Transformer", 1977, "transformer"),
                E("method:transformers", "Transformers", 30),
                E("method:vision-transformer", "Vision Transformer", 300, "ViT"),
                E("model:mamba-2", "Mamba-2", 11, "Mamba2"),
                E("method:empty", "-", 500),
                E("method:rope", "RoPE", 9, "旋转位置编码"),
            ]),
            EquatableArray<Relation>.Empty,
            EquatableArray<ArticleMention>.Empty);
        return KnowledgeGraph.From(data);
    }

    [Fact]
    public void Should_Suggest_Typos_First_Then_Names_That_Contain_The_Query_By_Closeness_Then_Mentions()
    {
        var match = Corpus().Names.Find("Transfomer");

        Assert.Null(match.Entity);
        Assert.Equal(
            ["method:transformer", "method:itransformer", "method:transformers", "method:l-transformer", "method:1d-transformer"],
            match.Suggestions.Select(e => e.Id));
    }

    [Fact]
    public void Should_Score_An_Entity_By_Its_Closest_Name_Alias_Included()
    {
        var match = Corpus().Names.Find("Mambaa");

        Assert.Equal(["method:sigm", "model:mamba-2"], match.Suggestions.Select(e => e.Id));
    }

    [Fact]
    public void Should_Find_By_Key_When_The_Spelling_Differs_Only_In_Case_And_Punctuation()
    {
        var match = Corpus().Names.Find("Trans-Former");

        Assert.Equal("method:transformer", match.Entity?.Id);
        Assert.Empty(match.Suggestions);
    }

    [Fact]
    public void Should_Find_A_Chinese_Alias_By_Key_And_Suggest_It_When_A_Character_Is_Missing()
    {
        var graph = Corpus();

        Assert.Equal("method:rope", graph.Names.Find("《旋转位置编码》").Entity?.Id);
        Assert.Equal(["method:rope"], graph.Names.Find("旋转位置编").Suggestions.Select(e => e.Id));
    }

    [Fact]
    public void Should_Not_Suggest_A_Name_Whose_Key_Is_Empty()
    {
        var match = Corpus().Names.Find("X");

        Assert.DoesNotContain("method:empty", match.Suggestions.Select(e => e.Id));
    }

    [Fact]
    public void Should_Return_No_Suggestions_When_The_Query_Is_Only_Punctuation()
    {
        var match = Corpus().Names.Find("--");

        Assert.Null(match.Entity);
        Assert.Empty(match.Suggestions);
    }
}
