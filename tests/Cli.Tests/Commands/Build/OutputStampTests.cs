using Digest.Cli.Commands.Build;

namespace Digest.Cli.Tests.Commands.Build;

public sealed class OutputStampTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-stamp-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(string name) => Path.Combine(_dir, name);

    private static Task<(int Code, string Out, string Err)> Digest(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Should_Skip_The_Build_And_Leave_The_Outputs_Untouched_When_Nothing_Changed_In_A_Shared_Corpus_Slice()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 50, take: 40);
        await Digest("build", input, "--out", At("out"));
        var written = File.GetLastWriteTimeUtc(At("out/graph.json"));

        var (code, output, _) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.Contains("Up to date", output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(At("out/graph.json")));
    }

    [Fact]
    public async Task Should_Rebuild_When_An_Output_Was_Edited_Or_Deleted_Since_The_Last_Build()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 90, take: 20);
        await Digest("build", input, "--out", At("out"));
        var original = File.ReadAllBytes(At("out/graph.json"));
        File.AppendAllText(At("out/graph.json"), "\n");

        var (_, edited, _) = await Digest("build", input, "--out", At("out"));
        File.Delete(At("out/import.cypher"));
        var (_, deleted, _) = await Digest("build", input, "--out", At("out"));

        Assert.DoesNotContain("Up to date", edited);
        Assert.Contains("reused 20 from the build cache", edited);
        Assert.Equal(original, File.ReadAllBytes(At("out/graph.json")));
        Assert.DoesNotContain("Up to date", deleted);
        Assert.True(File.Exists(At("out/import.cypher")));
    }

    [Fact]
    public async Task Should_Rebuild_When_Articles_Move_To_Other_Lines_Or_The_Lexicon_Changes()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 120, take: 20);
        await Digest("build", input, "--out", At("out"));
        var before = File.ReadAllText(At("out/graph.json"));
        File.WriteAllText(input, "\n\n" + File.ReadAllText(input));
        var (_, moved, _) = await Digest("build", input, "--out", At("out"));
        var after = File.ReadAllText(At("out/graph.json"));
        var lexicon = At("terms.tsv");
        File.WriteAllText(lexicon, "Chain-of-Thought\tMethod\tCoT|思维链\n");

        var (_, relexed, relexedNotes) = await Digest("build", input, "--out", At("out"), "--lexicon", lexicon);

        // Lines are written into graph.json: the graph is rebuilt, every extraction is reused.
        Assert.Contains("reused 20 from the build cache", moved);
        Assert.NotEqual(before, after);
        Assert.DoesNotContain("Up to date", relexed);
        // The shipped CoT entry's name keys (CoT, Chain-of-Thought, Chain-of-Thought Prompting, 思维链, 思维链提示) change.
        Assert.Contains("note: the lexicon changed (5 name key(s))", relexedNotes);
    }

    [Fact]
    public async Task Should_Stay_Up_To_Date_When_A_Lexicon_File_Gains_Only_Comments_Or_A_Duplicate_Entry()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 160, take: 15);
        var lexicon = At("terms.tsv");
        File.WriteAllText(lexicon, "Chain-of-Thought\tMethod\tCoT|思维链\n");
        await Digest("build", input, "--out", At("out"), "--lexicon", lexicon);
        File.WriteAllText(lexicon, "# my terms\n\nChain-of-Thought\tMethod\tCoT|思维链\n\n# again, unchanged\nChain-of-Thought\tMethod\tCoT|思维链\n");

        var (_, reworded, _) = await Digest("build", input, "--out", At("out"), "--lexicon", lexicon);
        File.AppendAllText(lexicon, "思维链\tConcept\n");
        var (_, changed, _) = await Digest("build", input, "--out", At("out"), "--lexicon", lexicon);

        Assert.Contains("Up to date", reworded);
        Assert.DoesNotContain("Up to date", changed);
    }

    [Fact]
    public async Task Should_Rebuild_With_No_Cache_Even_When_Nothing_Changed()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 150, take: 10);
        await Digest("build", input, "--out", At("out"));

        var (_, forced, _) = await Digest("build", input, "--out", At("out"), "--no-cache");

        Assert.DoesNotContain("Up to date", forced);
        Assert.Contains("reused 0 from the build cache", forced);
        Assert.True(File.Exists(OutputStamp.PathIn(At("out"))));
    }
}
