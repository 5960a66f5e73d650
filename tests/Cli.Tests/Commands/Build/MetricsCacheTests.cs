using Digest.Cli.Commands.Build;

namespace Digest.Cli.Tests.Commands.Build;

public sealed class MetricsCacheTests : IDisposable
{
    private const string Reused = "compute metrics: reused (graph links unchanged)";

    private static readonly string[] Outputs = ["graph.json", "graph.graphml", "import.cypher"];

    private readonly string _dir = Directory.CreateTempSubdirectory("digest-metrics-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(string name) => Path.Combine(_dir, name);

    private static Task<(int Code, string Out, string Err)> Digest(params string[] args) => CliRunner.Run(args);

    /// <summary>A clean build of the same input into its own folder gives the same files.</summary>
    private async Task AssertSameAsCleanBuild(string input)
    {
        await Digest("build", input, "--out", At("clean"), "--no-cache");
        foreach (var file in Outputs)
        {
            Assert.True(File.ReadAllBytes(At("clean/" + file)).SequenceEqual(File.ReadAllBytes(At("out/" + file))), file);
        }
    }

    [Fact]
    public async Task Should_Reuse_The_Metrics_And_Match_A_Clean_Build_When_A_Shared_Corpus_Article_Is_Reworded()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 0, take: 120);
        var (_, _, first) = await Digest("build", input, "--out", At("out"));
        var before = File.ReadAllBytes(At("out/graph.json"));
        // "提出Fourier Angle Alignment…" (proposes …) becomes "首次提出…" (first proposes …): the evidence sentence of a
        // relation changes, the relations do not.
        var text = File.ReadAllText(input);
        File.WriteAllText(input, text.Insert(text.IndexOf("提出Fourier Angle Alig", StringComparison.Ordinal), "首次"));
        // Without the record of the last merge the rebuild merges and writes instead of patching the two records.
        File.Delete(LastMerge.PathIn(At("out")));

        var (code, output, error) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.DoesNotContain(Reused, first);
        Assert.False(before.SequenceEqual(File.ReadAllBytes(At("out/graph.json"))));
        Assert.Contains("Extracted 1 article(s); reused 119 from the build cache.", output);
        Assert.Contains(Reused, error);
        await AssertSameAsCleanBuild(input);
    }

    [Theory]
    [InlineData(121)]
    [InlineData(119)]
    public async Task Should_Recompute_The_Metrics_And_Match_A_Clean_Build_When_A_Shared_Corpus_Article_Is_Added_Or_Removed(int take)
    {
        await Digest("build", CorpusSlice.Write(At("digest.txt"), skip: 0, take: 120), "--out", At("out"));
        var input = CorpusSlice.Write(At("digest.txt"), skip: 0, take: take);

        var (code, _, error) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.DoesNotContain(Reused, error);
        await AssertSameAsCleanBuild(input);
    }

    [Fact]
    public async Task Should_Warn_And_Recompute_When_The_Stored_Metrics_Of_A_Shared_Corpus_Slice_Are_Damaged()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        var file = MetricsCache.PathIn(At("out"));
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(file, bytes);
        // Without an output to rewrite the build would be skipped as up to date, and the metrics not read.
        File.Delete(At("out/graph.json"));

        var (code, _, error) = await Digest("build", input, "--out", At("out"));
        File.Delete(At("out/graph.json"));
        var (_, _, again) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.Contains($"warning: {file}: ignoring the stored metrics: checksum mismatch; computing them", error);
        Assert.DoesNotContain(Reused, error);
        Assert.Contains(Reused, again);
        await AssertSameAsCleanBuild(input);
    }

    [Fact]
    public async Task Should_Recompute_And_Rewrite_The_Metrics_Of_A_Shared_Corpus_Slice_With_No_Cache()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 500, take: 20);
        await Digest("build", input, "--out", At("out"));
        var file = MetricsCache.PathIn(At("out"));
        File.WriteAllText(file, "damaged");

        var (_, _, forced) = await Digest("build", input, "--out", At("out"), "--no-cache");
        File.Delete(At("out/graph.json"));
        var (_, _, reused) = await Digest("build", input, "--out", At("out"));

        Assert.DoesNotContain(Reused, forced);
        Assert.DoesNotContain("stored metrics", forced);
        Assert.Contains(Reused, reused);
        Assert.DoesNotContain("stored metrics", reused);
    }
}
