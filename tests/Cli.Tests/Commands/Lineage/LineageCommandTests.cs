using System.Text.Json;
using static Digest.Cli.Tests.Commands.AnalysisGraphs;

namespace Digest.Cli.Tests.Commands.Lineage;

public sealed class LineageCommandTests(AnalysisGraphs graphs) : IClassFixture<AnalysisGraphs>
{
    [Fact]
    public async Task Should_Print_The_Ancestor_Tree_With_Depth_And_Foundation()
    {
        var (code, output, _) = await Run("lineage", "mamba", "--up", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Contains("Ancestors of Mamba (Model, model:mamba) via BUILDS_ON: 2", output);
        Assert.Matches(@"└── S4 \(Method\) \[BUILDS_ON\]\n    └── HiPPO \(Method\) \[BUILDS_ON\]", output.ReplaceLineEndings("\n"));
        Assert.Contains("Foundational: HiPPO", output);
        Assert.DoesNotContain("Selective Scan", output);
        Assert.DoesNotContain("Descendants", output);
    }

    [Fact]
    public async Task Should_Follow_Uses_And_Introduces_When_Asked()
    {
        var (code, output, _) = await Run("lineage", "Mamba", "--up", "--via", "BUILDS_ON,USES,introduces", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Contains("Selective Scan (Method) [USES]", output);
        Assert.Contains("HiPPO: Recurrent Memory with Optimal Polynomial Projections (Paper) [INTRODUCES]", output);
    }

    [Fact]
    public async Task Should_Give_Descendants_As_Json_With_Depths()
    {
        var (code, output, _) = await Run("lineage", "HiPPO", "--down", "--format", "json", "--graph", graphs.Small);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var lineage = Assert.Single(json.RootElement.GetProperty("lineages").EnumerateArray().ToList());
        Assert.Equal(3, lineage.GetProperty("count").GetInt32());
        var s4 = Assert.Single(lineage.GetProperty("tree").EnumerateArray().ToList());
        Assert.Equal("method:s4", s4.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal(["method:s4d", "model:mamba"], s4.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("entity").GetProperty("id").GetString()));
        Assert.Equal(2, s4.GetProperty("children")[0].GetProperty("depth").GetInt32());
    }

    [Fact]
    public async Task Should_Say_When_The_Depth_Limit_Cut_The_Tree()
    {
        var (_, output, _) = await Run("lineage", "HiPPO", "--down", "--depth", "1", "--graph", graphs.Small);

        Assert.Contains("S4 (Method)", output);
        Assert.DoesNotContain("Mamba", output);
        Assert.Contains("cut at --depth", output);
    }

    [Fact]
    public async Task Should_List_Foundational_Works_With_Roots()
    {
        var (code, output, _) = await Run("lineage", "--roots", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Matches(@"│ 1 │ HiPPO\s+│ Method │\s+1 │\s+3 │", output);
    }

    [Fact]
    public async Task Should_Exit_2_With_Suggestions_For_An_Unknown_Name()
    {
        var (code, output, error) = await Run("lineage", "Mambo", "--graph", graphs.Small);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("no entity named \"Mambo\"; did you mean: Mamba (Model, model:mamba)", error);
    }

    [Fact]
    public async Task Should_Refuse_A_Relation_A_Lineage_Cannot_Follow()
    {
        var (code, _, error) = await Run("lineage", "Mamba", "--via", "COMPARED_WITH", "--graph", graphs.Small);

        Assert.Equal(1, code);
        Assert.Contains("--via COMPARED_WITH", error);
    }

    [Fact]
    public async Task Should_Name_The_Missing_Graph_File()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dir", "graph.json");

        var (code, _, error) = await Run("lineage", "Mamba", "--graph", missing);

        Assert.Equal(1, code);
        Assert.Contains(missing, error);
        Assert.Contains("digest build", error);
    }

    [Fact]
    public async Task Should_Show_HiPPO_Above_S4_In_The_Shared_Sample()
    {
        var (code, output, _) = await Run("lineage", "S4", "--up", "--graph", graphs.Sample);

        Assert.Equal(0, code);
        Assert.Contains("HiPPO", output);
    }

    [Fact]
    public async Task Should_Show_ReRoPE_Below_RoPE_In_The_Shared_Sample()
    {
        var (code, output, _) = await Run("lineage", "RoPE", "--down", "--graph", graphs.Sample);

        Assert.Equal(0, code);
        Assert.Contains("ReRoPE", output);
    }

    [Fact]
    public async Task Should_Find_The_Shared_Sample_Entities_Lineage_Asks_For()
    {
        foreach (var name in new[] { "S4", "RoPE", "HiPPO", "ReRoPE" })
        {
            var (code, _, error) = await Run("lineage", name, "--graph", graphs.Sample);

            Assert.True(code == 0, name + ": " + error);
        }
    }
}
