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
    public async Task Should_Label_Each_Community_As_The_Graph_Files_Label_Its_Members()
    {
        var (_, output, _) = await Run("communities", "--format", "json", "-m", "100", "--graph", graphs.Small);

        using var report = JsonDocument.Parse(output);
        using var graph = JsonDocument.Parse(File.ReadAllText(graphs.Small));
        var stored = graph.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(n => n.TryGetProperty("community", out _))
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("community").GetString());
        var communities = report.RootElement.GetProperty("communities").EnumerateArray().ToList();
        Assert.True(communities.Count > 1);
        Assert.All(communities, c =>
        {
            var label = c.GetProperty("community").GetString();
            Assert.Equal(c.GetProperty("members")[0].GetProperty("id").GetString(), label);
            Assert.All(c.GetProperty("members").EnumerateArray(), m => Assert.Equal(label, stored[m.GetProperty("id").GetString()!]));
        });
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
    public async Task Should_Align_Each_Row_Under_The_Header_On_A_Terminal_When_Printed_As_Text()
    {
        // The shared sample names communities by Chinese ids (concept:绝对位置编码), two terminal columns a character.
        var (_, output, _) = await Run("communities", "-n", "30", "--graph", graphs.Sample);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = Array.FindIndex(lines, l => l.StartsWith("#  size  community", StringComparison.Ordinal));
        var column = Columns(lines[header][..lines[header].IndexOf("leading members", StringComparison.Ordinal)]);
        var rows = lines[(header + 1)..];
        Assert.Contains(rows, row => row.Any(c => c >= '\u4e00' && c <= '\u9fff'));
        Assert.All(rows, row =>
        {
            Assert.Matches(@"^\d+ +\d+  [a-z]+:\S*", row);
            var members = Enumerable.Range(0, row.Length).First(i => Columns(row[..i]) == column);
            Assert.Equal(' ', row[members - 1]);
            Assert.NotEqual(' ', row[members]);
        });
    }

    /// <summary>Terminal columns of a text: East Asian wide characters take two.</summary>
    private static int Columns(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115f' or >= '\u2e80' and <= '\ua4cf' or >= '\uac00' and <= '\ud7a3' or >= '\uf900' and <= '\ufaff' or >= '\uff00' and <= '\uff60' ? 2 : 1);
}
