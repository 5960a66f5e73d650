using System.Globalization;
using System.Text.Json;
using Digest.Extractor.Evaluation;
using Digest.Tests.Shared;

namespace Digest.Cli.Tests.Commands.Eval;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("digest-eval-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private static Task<(int Code, string Out, string Err)> Digest(params string[] args) => CliRunner.Run(args);

    private async Task<string> BuildSharedSample()
    {
        var (code, _, err) = await Digest("build", RepoPaths.SampleDigest, "--out", _out);
        Assert.True(code == 0, err);
        return Path.Combine(_out, "graph.json");
    }

    private static void AssertFloors(EvaluationReport report, double entityF1, double pairF1, double typedF1)
    {
        Assert.True(report.Entities.F1 >= entityF1, $"entity F1 {report.Entities.F1:0.00} < {entityF1}");
        Assert.True(report.Pairs.F1 >= pairF1, $"relation pair F1 {report.Pairs.F1:0.00} < {pairF1}");
        Assert.True(report.Typed.F1 >= typedF1, $"typed relation F1 {report.Typed.F1:0.00} < {typedF1}");
    }

    [Fact]
    public async Task Should_Meet_The_Quality_Floors_On_The_Shared_Sample()
    {
        var report = GraphScorer.Score(RepoPaths.SampleGold, await BuildSharedSample());

        AssertFloors(report, 0.85, 0.70, 0.60);
    }

    [Theory]
    [InlineData("blogs-a", 0.91, 0.76, 0.74)]
    [InlineData("blogs-b", 0.92, 0.80, 0.77)]
    [InlineData("blogs-c", 0.86, 0.66, 0.65)]
    [InlineData("blogs-d", 0.88, 0.60, 0.59)]
    [InlineData("blogs-e", 0.79, 0.44, 0.43)]
    [InlineData("blogs-f", 0.90, 0.67, 0.65)]
    [InlineData("blogs-g", 0.88, 0.66, 0.64)]
    [InlineData("blogs-h", 0.88, 0.70, 0.69)]
    [InlineData("blogs-i", 0.87, 0.53, 0.52)]
    [InlineData("blogs-j", 0.85, 0.66, 0.65)]
    [InlineData("blogs-k", 0.83, 0.56, 0.55)]
    [InlineData("blogs-l", 0.81, 0.51, 0.50)]
    [InlineData("blogs-m", 0.85, 0.54, 0.53)]
    public async Task Should_Meet_The_Quality_Floors_On_The_Blog_Digests_We_Wrote(string name, double entityF1, double pairF1, double typedF1)
    {
        // Written for held-out testing: blog posts on lineages that no rule was fitted to when they were written. The floors
        // sit one or two points under what the rules score, so that a rule that costs any digest more fails here, and far above
        // what the rules scored when each digest was written (typed F1 0.39, 0.51, 0.32, 0.42, 0.11, 0.49, 0.51, 0.60, 0.39,
        // 0.51, 0.43, 0.45 and 0.41).
        var digest = Path.Combine(RepoPaths.Root, "evaluation", "blogs", name + ".txt");
        var (code, _, err) = await Digest("build", digest, "--out", _out);
        Assert.True(code == 0, err);

        var report = GraphScorer.Score(Path.Combine(RepoPaths.Root, "evaluation", "blogs", name + ".gold.json"), Path.Combine(_out, "graph.json"));

        AssertFloors(report, entityF1, pairF1, typedF1);
    }

    [Fact]
    public async Task Should_Agree_With_Score_Py_To_Two_Decimals_On_The_Shared_Sample()
    {
        var graph = await BuildSharedSample();
        var (code, output, _) = await Digest("eval", "--gold", RepoPaths.SampleGold, graph);
        var (exit, json, error) = PythonRunner.Run(
            File.ReadAllText(Path.Combine(RepoPaths.Shared, "tools", "score.py")), RepoPaths.SampleGold, graph, "--json");

        Assert.Equal(0, code);
        Assert.True(exit == 0, error);
        using var reference = JsonDocument.Parse(json);
        var root = reference.RootElement;
        string Two(JsonElement e, string key) => e.GetProperty(key).GetDouble().ToString("0.00", CultureInfo.InvariantCulture);
        var entities = root.GetProperty("entities");
        var pairs = root.GetProperty("relations_pair");
        var typed = root.GetProperty("relations_typed");
        Assert.Contains($"P={Two(entities, "p")} R={Two(entities, "r")} F1={Two(entities, "f1")}", output);
        Assert.Contains($"type_acc={Two(entities, "type_acc")}", output);
        Assert.Contains($"P={Two(pairs, "p")} R={Two(pairs, "r")} F1={Two(pairs, "f1")}", output);
        Assert.Contains($"P={Two(typed, "p")} R={Two(typed, "r")} F1={Two(typed, "f1")}", output);
        foreach (var missed in root.GetProperty("missed_entities").EnumerateArray())
        {
            Assert.Contains("  " + missed.GetString(), output);
        }
    }

    [Fact]
    public async Task Should_Fail_With_The_File_Name_When_The_Gold_File_Is_Missing()
    {
        var (code, _, err) = await Digest("eval", "--gold", Path.Combine(_out, "nope.json"), Path.Combine(_out, "graph.json"));

        Assert.Equal(1, code);
        Assert.Contains("nope.json", err);
    }
}
