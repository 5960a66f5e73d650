using System.Text.Json;
using static Digest.Cli.Tests.Commands.AnalysisGraphs;

namespace Digest.Cli.Tests.Commands.Communities;

public sealed class CommunitiesCommandTests(AnalysisGraphs graphs) : IClassFixture<AnalysisGraphs>
{
    [Fact]
    public async Task Should_Summarise_Communities_And_Components()
    {
        var (code, output, _) = await Run("communities", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Contains("1 entities alone; 1 connected components, the largest with 7 entities.", output);
        Assert.Contains("leading members (by PageRank)", output);
    }

    [Fact]
    public async Task Should_Give_Communities_As_Json_Covering_Every_Linked_Entity()
    {
        var (_, output, _) = await Run("communities", "--format", "json", "-m", "100", "--graph", graphs.Small);

        using var json = JsonDocument.Parse(output);
        var members = json.RootElement.GetProperty("communities").EnumerateArray()
            .SelectMany(c => c.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetString()))
            .ToList();
        Assert.Equal(7, members.Count);
        Assert.DoesNotContain("method:loner", members);
        Assert.True(json.RootElement.GetProperty("modularity").GetDouble() > 0);
    }

    [Fact]
    public async Task Should_Name_The_Leading_Members_And_Count_The_Others()
    {
        var (_, json, _) = await Run("communities", "--format", "json", "--graph", graphs.Small);
        using var report = JsonDocument.Parse(json);
        var largest = report.RootElement.GetProperty("communities")[0];

        var (_, output, _) = await Run("communities", "-m", "1", "--graph", graphs.Small);

        Assert.Contains($"{largest.GetProperty("members")[0].GetProperty("name").GetString()}, ... {largest.GetProperty("size").GetInt32() - 1} more", output);
    }

    [Fact]
    public async Task Should_Align_Each_Row_Under_The_Header_When_Printed_As_Text()
    {
        var (_, output, _) = await Run("communities", "--graph", graphs.Small);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = Array.FindIndex(lines, l => l.StartsWith("community", StringComparison.Ordinal));
        var column = lines[header].IndexOf("leading members", StringComparison.Ordinal);
        var rows = lines[(header + 1)..];
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Equal(' ', row[column - 1]);
            Assert.NotEqual(' ', row[column]);
            Assert.Matches(@"^\d+ +\d+  \S", row);
        });
    }
}
