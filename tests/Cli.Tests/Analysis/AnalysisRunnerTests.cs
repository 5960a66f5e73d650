using Digest.Cli.Analysis;
using Digest.Cli.Tests.Commands;
using static Digest.Cli.Tests.Commands.AnalysisGraphs;

namespace Digest.Cli.Tests.Analysis;

public sealed class AnalysisRunnerTests(AnalysisGraphs graphs) : IClassFixture<AnalysisGraphs>
{
    [Fact]
    public async Task Should_Print_Once_And_Time_Cold_And_Warm_Answers_When_Repeated()
    {
        var (code, output, error) = await Run("show", "S4", "--timings", "--repeat", "3", "--graph", graphs.Small);

        Assert.Equal(0, code);
        Assert.Single(output.Split('\n'), line => line.StartsWith("name ", StringComparison.Ordinal));
        Assert.Matches(@"timing: read .* peak working set \d+ MB", error);
        Assert.Matches(@"timing: answer \d+ ms \(cpu \d+ ms, jit \d+ ms\), first run in the process \(cold\)", error);
        Assert.Matches(@"timing: answer warm median [\d.]+ ms, min [\d.]+ ms, max [\d.]+ ms over 2 run\(s\)", error);
    }

    [Fact]
    public async Task Should_Refuse_A_Repeat_Below_One()
    {
        var (code, _, error) = await Run("stats", "--repeat", "0", "--graph", graphs.Small);

        Assert.Equal(1, code);
        Assert.Contains("--repeat must be at least 1", error);
    }

    [Fact]
    public async Task Should_Not_Repeat_An_Answer_That_Failed()
    {
        var (code, _, error) = await Run("show", "Hipo", "--timings", "--repeat", "3", "--graph", graphs.Small);

        Assert.Equal(AnalysisRunner.UnknownName, code);
        Assert.Single(error.Split('\n'), line => line.StartsWith("error: no entity named", StringComparison.Ordinal));
        Assert.DoesNotContain("warm median", error);
    }

    [Fact]
    public async Task Should_Answer_From_The_Snapshot_Of_A_Built_Graph_As_From_The_Graph()
    {
        var first = await Run("stats", "--timings", "--graph", graphs.Sample);
        var second = await Run("stats", "--timings", "--graph", graphs.Sample);

        Assert.Equal(0, second.Code);
        Assert.Matches(@"timing: read .*graph\.json (\(parsed; snapshot saved to|from its snapshot) .*graph\.json\.analysis", first.Err);
        Assert.Matches(@"timing: read .*graph\.json from its snapshot .*graph\.json\.analysis", second.Err);
        Assert.Equal(first.Out, second.Out);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(graphs.Sample)!, ".digest-cache", "graph.json.analysis")));
    }
}
