using System.Text.Json;
using static Digest.Cli.Tests.Commands.AnalysisGraphs;

namespace Digest.Cli.Tests.Commands.Stats;

public sealed class StatsCommandTests(AnalysisGraphs graphs) : IClassFixture<AnalysisGraphs>
{
    [Fact]
    public async Task Should_Print_Counts_Isolated_Entities_And_The_Largest_Component()
    {
        var (code, output, _) = await Run("stats", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Matches(@"│ entities\s+│\s+8 │", output);
        Assert.Matches(@"│   BUILDS_ON\s+│\s+3 │", output);
        Assert.Matches(@"│ isolated entities\s+│\s+1 │", output);
        Assert.Matches(@"│ largest component\s+│\s+7 │", output);
    }

    [Fact]
    public async Task Should_Give_The_Shared_Sample_Statistics_As_Json()
    {
        var (code, output, _) = await Run("stats", "--format", "json", "--graph", graphs.Sample);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(10, json.RootElement.GetProperty("articles").GetInt32());
        Assert.True(json.RootElement.GetProperty("entities").GetInt32() > 0);
        Assert.Contains(json.RootElement.GetProperty("entities_by_type").EnumerateArray(), t => t.GetProperty("name").GetString() == "Author");
    }
}
