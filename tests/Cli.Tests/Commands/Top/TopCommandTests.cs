using System.Text.Json;
using static Digest.Cli.Tests.Commands.AnalysisGraphs;

namespace Digest.Cli.Tests.Commands.Top;

public sealed class TopCommandTests(AnalysisGraphs graphs) : IClassFixture<AnalysisGraphs>
{
    [Fact]
    public async Task Should_Rank_By_PageRank_By_Default_With_The_Stored_Numbers()
    {
        var (code, output, _) = await Run("top", "-n", "2", "--format", "json", "--graph", graphs.Small);
        var stored = JsonDocument.Parse(File.ReadAllText(graphs.Small)).RootElement.GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("id").GetString() == "method:hippo").GetProperty("pagerank").GetDouble();

        Assert.Equal(0, code);
        var entities = JsonDocument.Parse(output).RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(2, entities.Count);
        Assert.Equal("method:hippo", entities[0].GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal(stored, entities[0].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Should_Rank_In_Degree_Of_One_Relation_Filtered_By_Type()
    {
        var (code, output, _) = await Run("top", "--by", "in-degree", "--relation", "BUILDS_ON", "--type", "method", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Matches(@"│ 1 │ S4\s+│ Method │\s+2 │ method:s4\s+│", output);
        Assert.Matches(@"│ 2 │ HiPPO\s+│ Method │\s+1 │", output);
        Assert.DoesNotContain("Mamba", output);
    }

    [Fact]
    public async Task Should_Put_The_Bridge_First_By_Betweenness()
    {
        var (_, output, _) = await Run("top", "--by", "betweenness", "-n", "1", "--graph", graphs.Small);

        Assert.Matches(@"│ 1 │ S4 ", output);
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_Type_Or_Measure()
    {
        var (typeCode, _, typeError) = await Run("top", "--type", "Gadget", "--graph", graphs.Small);
        var (byCode, _, _) = await Run("top", "--by", "fame", "--graph", graphs.Small);

        Assert.Equal(1, typeCode);
        Assert.Contains("--type Gadget: not an entity type", typeError);
        Assert.NotEqual(0, byCode);
    }

    [Fact]
    public async Task Should_Rank_The_Shared_Sample_Without_Error()
    {
        var (code, output, error) = await Run("top", "--by", "degree", "--graph", graphs.Sample);

        Assert.True(code == 0, error);
        Assert.Matches(@"│ 1\s+│", output);
    }
}
