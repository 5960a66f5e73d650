using System.Text.RegularExpressions;
using Digest.Cli.Commands.Build;

namespace Digest.Cli.Tests.Commands.Build;

/// <summary>Rebuilds copy the records that did not change from the last build's exports, and still write what a clean build writes.</summary>
public sealed partial class GraphExportsTests : IDisposable
{
    private static readonly string[] Outputs = ["graph.json", "graph.graphml", "import.cypher"];

    private readonly string _dir = Directory.CreateTempSubdirectory("digest-exports-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(string name) => Path.Combine(_dir, name);

    private static Task<(int Code, string Out, string Err)> Digest(params string[] args) => CliRunner.Run(args);

    /// <summary>How many records the build copied, and of how many, from its progress lines; (0, 0) when it copied none.</summary>
    private static (int Copied, int Records) CopiedRecords(string error)
    {
        var match = CopiedLine().Match(error);
        return match.Success ? (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : (0, 0);
    }

    private async Task AssertSameAsCleanBuild(string input)
    {
        await Digest("build", input, "--out", At("clean"), "--no-cache");
        foreach (var file in Outputs)
        {
            Assert.True(File.ReadAllBytes(At("clean/" + file)).SequenceEqual(File.ReadAllBytes(At("out/" + file))), file);
        }
    }

    private string Reworded(string input)
    {
        // "提出Fourier Angle Alignment…" (proposes …) becomes "首次提出…" (first proposes …): one relation's evidence changes.
        var text = File.ReadAllText(input);
        File.WriteAllText(input, text.Insert(text.IndexOf("提出Fourier Angle Alig", StringComparison.Ordinal), "首次"));

        // Without the record of the last merge the rebuild merges and writes the exports instead of patching the records.
        File.Delete(LastMerge.PathIn(At("out")));
        return input;
    }

    [Fact]
    public async Task Should_Copy_All_But_The_Changed_Records_And_Match_A_Clean_Build_When_A_Shared_Corpus_Article_Is_Reworded()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 0, take: 120);
        var (_, _, first) = await Digest("build", input, "--out", At("out"));

        var (code, _, error) = await Digest("build", Reworded(input), "--out", At("out"));

        Assert.Equal(0, code);
        Assert.Equal((0, 0), CopiedRecords(first));
        var (copied, records) = CopiedRecords(error);
        Assert.InRange(copied, records - 12, records - 1);
        Assert.True(records > 3000, $"{records} records");
        await AssertSameAsCleanBuild(input);
    }

    [Fact]
    public async Task Should_Not_Copy_From_An_Export_Edited_Since_The_Last_Build()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 0, take: 120);
        var (_, _, first) = await Digest("build", input, "--out", At("out"));
        var json = File.ReadAllText(At("out/graph.json"));
        var written = File.GetLastWriteTimeUtc(At("out/graph.json"));
        File.WriteAllText(At("out/graph.json"), json.Replace("\"Article\"", "\"Articlf\"", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(At("out/graph.json"), written.AddSeconds(1));

        var (code, _, error) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        var (copied, records) = CopiedRecords(error);
        Assert.Equal(records / 3 * 2, copied);
        await AssertSameAsCleanBuild(input);
    }

    [Fact]
    public async Task Should_Copy_Nothing_With_No_Cache_But_Leave_The_Record_Indexes_For_The_Next_Build()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 0, take: 120);
        await Digest("build", input, "--out", At("out"));

        var (_, _, clean) = await Digest("build", input, "--out", At("out"), "--no-cache");
        var (_, _, next) = await Digest("build", Reworded(input), "--out", At("out"));

        Assert.Equal((0, 0), CopiedRecords(clean));
        Assert.NotEqual(0, CopiedRecords(next).Copied);
        Assert.All(Outputs, file => Assert.True(File.Exists(At($"out/.digest-cache/{file}.records")), file));
        await AssertSameAsCleanBuild(input);
    }

    [GeneratedRegex(@"write: (\d+) of (\d+) records copied unchanged from the last build's files")]
    private static partial Regex CopiedLine();
}
