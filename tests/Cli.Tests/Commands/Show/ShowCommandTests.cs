using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Digest.Cli.Tests.Commands.AnalysisGraphs;

namespace Digest.Cli.Tests.Commands.Show;

public sealed class ShowCommandTests(AnalysisGraphs graphs) : IClassFixture<AnalysisGraphs>
{
    [Fact]
    public async Task Should_Print_The_Card_With_Aliases_Metrics_Articles_And_Relations_Both_Ways()
    {
        var (code, output, _) = await Run("show", "structured state space", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Contains("name      S4", output);
        Assert.Contains("aliases   Structured State Space", output);
        Assert.Matches(@"metrics   pagerank 0\.\d+, betweenness 0\.\d+, community [a-z]+:\S+, lineage depth 1", output);
        Assert.Contains("Relations out: 1", output);
        Assert.Contains("-[BUILDS_ON]-> HiPPO (Method)  confidence 0.8", output);
        Assert.Contains("\"S4之前有一篇奠基之作HiPPO。\" (article:ssm; cue test)", output);
        Assert.Contains("Relations in: 2", output);
        Assert.Contains("<-[BUILDS_ON]- Mamba (Model)", output);
    }

    [Fact]
    public async Task Should_Give_The_Card_As_Json()
    {
        var (_, output, _) = await Run("show", "Mamba", "--format", "json", "--graph", graphs.Small);

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("状态空间模型漫谈", root.GetProperty("articles")[0].GetProperty("title").GetString());
        Assert.Equal(["BUILDS_ON", "USES"], root.GetProperty("outgoing").EnumerateArray().Select(r => r.GetProperty("type").GetString()));
        Assert.Equal("Jamba与Mamba相比。", root.GetProperty("incoming")[0].GetProperty("evidence")[0].GetProperty("sentence").GetString());
        Assert.Equal(2, root.GetProperty("metrics").GetProperty("lineage_depth").GetInt32());
    }

    [Fact]
    public async Task Should_Exit_2_And_Suggest_For_A_Typo()
    {
        var (code, output, error) = await Run("show", "Hipo", "--graph", graphs.Small);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("did you mean: HiPPO (Method, method:hippo)", error);
    }

    [Fact]
    public async Task Should_List_MLA_With_Its_Evidence_For_DeepSeek_V2_In_The_Shared_Sample()
    {
        var (code, output, _) = await Run("show", "DeepSeek-V2", "--graph", graphs.Sample);

        Assert.Equal(0, code);
        Assert.Matches(@"-\[[A-Z_]+\]-> MLA \(", output);
        Assert.Contains("多头潜在注意力机制", output);
    }

    [Fact]
    public async Task Should_Show_DeepSeek_V2_Of_The_Shared_Sample()
    {
        var (code, output, _) = await Run("show", "DeepSeek-V2", "--graph", graphs.Sample);

        Assert.Equal(0, code);
        Assert.Contains("type      Model", output);
    }

    [Fact]
    public async Task Should_Print_Every_Evidence_Sentence_Of_The_Shared_Sample_With_Evidence_All_And_Count_The_Rest_Otherwise()
    {
        var (_, json, _) = await Run("show", "DeepSeek-V2", "--format", "json", "--graph", graphs.Sample);
        using var card = JsonDocument.Parse(json);
        var sentences = card.RootElement.GetProperty("outgoing").EnumerateArray().Concat(card.RootElement.GetProperty("incoming").EnumerateArray())
            .Sum(r => r.GetProperty("evidence").GetArrayLength());

        var (_, all, _) = await Run("show", "DeepSeek-V2", "--evidence", "all", "--graph", graphs.Sample);
        var (_, none, _) = await Run("show", "DeepSeek-V2", "--evidence", "0", "--graph", graphs.Sample);

        Assert.Equal(sentences, all.Split('\n').Count(l => l.Contains("── \"", StringComparison.Ordinal)));
        Assert.DoesNotContain("more evidence", all);
        Assert.DoesNotContain("── \"", none);
        Assert.Equal(sentences, Regex.Matches(none, @"\.\.\. (\d+) more evidence sentence").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Should_Refuse_An_Evidence_Count_That_Is_Neither_A_Number_Nor_All()
    {
        var (code, _, error) = await Run("show", "Mamba", "--evidence", "some", "--graph", graphs.Small);

        Assert.NotEqual(0, code);
        Assert.Contains("--evidence takes a number or `all`", error);
    }
}
