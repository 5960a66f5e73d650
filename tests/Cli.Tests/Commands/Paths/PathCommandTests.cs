using System.Text.Json;
using static Digest.Cli.Tests.Commands.AnalysisGraphs;

namespace Digest.Cli.Tests.Commands.Paths;

public sealed class PathCommandTests(AnalysisGraphs graphs) : IClassFixture<AnalysisGraphs>
{
    [Fact]
    public async Task Should_Print_Each_Hop_With_Its_Relation_Direction_And_Evidence()
    {
        var (code, output, _) = await Run("path", "Jamba", "HiPPO", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Contains("1 shortest path(s) of 3 hop(s) from Jamba to HiPPO:", output);
        Assert.Contains("Path 1: Jamba - Mamba - S4 - HiPPO", output);
        Assert.Contains("Jamba -[COMPARED_WITH]-> Mamba", output);
        Assert.Contains("\"Mamba在S4的基础上引入选择机制。\" (article:ssm)", output);
    }

    [Fact]
    public async Task Should_Walk_Relations_Backwards_Unless_Directed()
    {
        var (_, undirected, _) = await Run("path", "HiPPO", "S4D", "--graph", graphs.Small);
        var (code, directed, _) = await Run("path", "HiPPO", "S4D", "--directed", "--graph", graphs.Small);

        Assert.Contains("HiPPO <-[BUILDS_ON]- S4", undirected);
        Assert.Equal(0, code);
        Assert.Contains("No path exists between HiPPO (Method, method:hippo) and S4D (Method, method:s4d) following relations in their direction.", directed);
    }

    [Fact]
    public async Task Should_Give_Paths_As_Json()
    {
        var (_, output, _) = await Run("path", "S4D", "Mamba", "--format", "json", "--graph", graphs.Small);

        using var json = JsonDocument.Parse(output);
        var hops = Assert.Single(json.RootElement.GetProperty("paths").EnumerateArray().ToList()).EnumerateArray().ToList();
        Assert.Equal(["method:s4d", "method:s4"], hops.Select(h => h.GetProperty("from").GetString()));
        Assert.Equal("BUILDS_ON", hops[1].GetProperty("relations")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Should_Say_Clearly_That_No_Path_Reaches_An_Isolated_Entity()
    {
        var (code, output, _) = await Run("path", "Mamba", "Loner", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Contains("No path exists between Mamba (Model, model:mamba) and Loner (Method, method:loner) over any relation, in either direction.", output);
    }

    [Fact]
    public async Task Should_Exit_2_When_Either_End_Is_Unknown()
    {
        var (code, _, error) = await Run("path", "Mamba", "Transformer-XL", "--graph", graphs.Small);

        Assert.Equal(2, code);
        Assert.Contains("no entity named \"Transformer-XL\"", error);
    }

    [Fact]
    public async Task Should_Answer_InstructBLIP_To_DeepSeek_V2_In_The_Shared_Sample()
    {
        var (code, output, error) = await Run("path", "InstructBLIP", "DeepSeek-V2", "--graph", graphs.Sample);

        Assert.True(code == 0, error);
        Assert.True(
            output.Contains("Path 1: InstructBLIP", StringComparison.Ordinal)
            || output.Contains("No path exists between InstructBLIP (Model, model:instructblip) and DeepSeek-V2 (Model, model:deepseek-v2)", StringComparison.Ordinal),
            output);
    }
}
