using Digest.Tests.Shared;

namespace Digest.Cli.Tests.Commands.Bench;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task Should_Print_A_Row_Per_Stage_And_Per_Extraction_Stage_For_The_Shared_Sample()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await DigestApp.RunAsync(["bench", RepoPaths.SampleDigest, "--runs", "2", "--threads", "1"], output, error);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("Input: 10 articles, 1 file(s)", text);
        Assert.Contains("2 run(s), threads 1", text);
        foreach (var stage in new[] { "read", "extract", "build graph", "compute metrics", "write exports", "graph.json", "graph.graphml", "import.cypher", "total", "MentionResolver", "SentenceSplitter" })
        {
            Assert.Matches(@"(?m)^\s*" + stage + @"\s+\d", text);
        }

        // Every extraction stage allocates (its results, at least): the column is measured, not zero.
        Assert.Matches(@"(?m)^\s*MentionResolver\s+\d+ ms\s+\d+\.\d %\s+(?!0\.0 MB)\d+\.\d MB$", text);
        Assert.Matches(@"(?m)^Exports: \d+\.\d MB in 4 files, \d+\.\dx the input\.$", text);
        Assert.Matches(@"(?m)^\s*copy of the exports\s+\d+ ms\s+\d+ MB/s", text);
    }

    [Fact]
    public async Task Should_Refuse_Zero_Runs()
    {
        var error = new StringWriter();

        var code = await DigestApp.RunAsync(["bench", RepoPaths.SampleDigest, "--runs", "0"], new StringWriter(), error);

        Assert.Equal(1, code);
        Assert.Contains("--runs must be at least 1", error.ToString());
    }
}
