using Digest.Cli.Commands.Build;

namespace Digest.Cli.Tests.Commands.Build;

public sealed class BuildCacheTests : IDisposable
{
    private static readonly string[] Outputs = ["graph.json", "graph.graphml", "import.cypher"];

    private readonly string _dir = Directory.CreateTempSubdirectory("digest-cache-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(string name) => Path.Combine(_dir, name);

    private static Task<(int Code, string Out, string Err)> Digest(params string[] args) => CliRunner.Run(args);

    private static void AssertSameOutputs(string expectedDir, string actualDir)
    {
        foreach (var file in Outputs)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expectedDir, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(actualDir, file))), file);
        }
    }

    [Fact]
    public async Task Should_Reextract_Only_The_Edited_Article_And_Match_A_Clean_Build_When_One_Shared_Corpus_Article_Changes()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 0, take: 120);
        await Digest("build", input, "--out", At("out"));
        var text = File.ReadAllText(input);
        File.WriteAllText(input, text.Insert(SecondBody(text), "本文基于 FlashAttention 方法。"));

        var (code, output, _) = await Digest("build", input, "--out", At("out"));
        await Digest("build", input, "--out", At("clean"), "--no-cache");

        Assert.Equal(0, code);
        Assert.Contains("Extracted 1 article(s); reused 119 from the build cache.", output);
        Assert.DoesNotContain("Graph unchanged", output);
        AssertSameOutputs(At("clean"), At("out"));
    }

    [Fact]
    public async Task Should_Keep_The_Exports_Untouched_When_An_Edit_Leaves_The_Graph_As_It_Was()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        var written = Stamps(At("out"));
        AddSentenceNamingNothing(input);

        var (code, output, _) = await Digest("build", input, "--out", At("out"));
        var (_, again, _) = await Digest("build", input, "--out", At("out"));
        await Digest("build", input, "--out", At("clean"), "--no-cache");

        Assert.Equal(0, code);
        Assert.Contains("Extracted 1 article(s); reused 39 from the build cache.", output);
        Assert.Contains("Graph unchanged", output);
        Assert.Equal(written, Stamps(At("out")));
        Assert.Contains("Up to date", again);
        AssertSameOutputs(At("clean"), At("out"));
    }

    [Fact]
    public async Task Should_Rewrite_The_Exports_When_An_Edit_Leaves_The_Graph_But_An_Export_Was_Touched()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        File.AppendAllText(At("out/graph.graphml"), "\n");
        AddSentenceNamingNothing(input);

        var (_, output, _) = await Digest("build", input, "--out", At("out"));
        await Digest("build", input, "--out", At("clean"), "--no-cache");

        Assert.DoesNotContain("Graph unchanged", output);
        AssertSameOutputs(At("clean"), At("out"));
    }

    [Fact]
    public async Task Should_Rewrite_The_Exports_When_Articles_Only_Move_To_Other_Lines()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        var text = File.ReadAllText(input);
        var title = text.LastIndexOf('\n', SecondBody(text) - 2) + 1;
        File.WriteAllText(input, text.Insert(title, "\n"));

        var (_, output, _) = await Digest("build", input, "--out", At("out"));
        await Digest("build", input, "--out", At("clean"), "--no-cache");

        Assert.Contains("Extracted 0 article(s); reused 40 from the build cache.", output);
        Assert.DoesNotContain("Graph unchanged", output);
        AssertSameOutputs(At("clean"), At("out"));
    }

    /// <summary>Where the second article's body starts (its author line).</summary>
    private static int SecondBody(string text) => text.IndexOf("作者", text.IndexOf("作者", StringComparison.Ordinal) + 1, StringComparison.Ordinal);

    /// <summary>Adds a sentence that names nothing after the first sentence of the second article's body.</summary>
    private static void AddSentenceNamingNothing(string input)
    {
        var text = File.ReadAllText(input);
        File.WriteAllText(input, text.Insert(text.IndexOf('。', SecondBody(text)) + 1, "详见原文。"));
    }

    /// <summary>The length and modification time of each export, to tell whether a build rewrote them.</summary>
    private static List<(string File, long Length, DateTime Modified)> Stamps(string dir) =>
        [.. Outputs.Select(f => new FileInfo(Path.Combine(dir, f))).Select(f => (f.Name, f.Length, f.LastWriteTimeUtc))];

    [Fact]
    public async Task Should_Reextract_Only_The_Articles_Naming_A_Changed_Lexicon_Entry_And_Match_A_Clean_Build_When_An_Entry_Comes_And_Goes()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 200, take: 60);
        var lexicon = At("terms.tsv");
        File.WriteAllText(lexicon, "Chain-of-Thought\tMethod\tCoT|思维链\n");
        // The articles whose text, lower-cased without spaces and the punctuation name keys drop, holds a key of the entry.
        var naming = File.ReadAllText(input).Split("\n\n").Skip(1)
            .Select(a => string.Concat(a.Where(c => !char.IsWhiteSpace(c) && !"-_.·・:：,，'’\"“”()（）《》<>".Contains(c))).ToLowerInvariant())
            .Count(a => a.Contains("cot", StringComparison.Ordinal) || a.Contains("思维链", StringComparison.Ordinal) || a.Contains("chainofthought", StringComparison.Ordinal));
        await Digest("build", input, "--out", At("out"));

        var (_, added, addedNotes) = await Digest("build", input, "--out", At("out"), "--lexicon", lexicon);
        await Digest("build", input, "--out", At("clean"), "--lexicon", lexicon, "--no-cache");
        AssertSameOutputs(At("clean"), At("out"));
        var (_, removed, _) = await Digest("build", input, "--out", At("out"));
        await Digest("build", input, "--out", At("clean"), "--no-cache");
        AssertSameOutputs(At("clean"), At("out"));

        Assert.InRange(naming, 1, 59);
        Assert.Contains($"Extracted {naming} article(s); reused {60 - naming} from the build cache.", added);
        // The shipped CoT entry's name keys (CoT, Chain-of-Thought, Chain-of-Thought Prompting, 思维链, 思维链提示) change.
        Assert.Contains("note: the lexicon changed (5 name key(s))", addedNotes);
        Assert.Contains($"Extracted {naming} article(s); reused {60 - naming} from the build cache.", removed);
    }

    [Fact]
    public async Task Should_Warn_And_Rebuild_When_The_Cache_Is_Damaged()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 400, take: 30);
        await Digest("build", input, "--out", At("out"));
        var cacheFile = BuildCache.PathIn(At("out"));
        var bytes = File.ReadAllBytes(cacheFile);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(cacheFile, bytes);

        var (code, output, error) = await Digest("build", input, "--out", At("out"));
        // Make the next build rewrite the graph (else it is up to date) so that it reads the repaired cache.
        File.Delete(At("out/graph.json"));
        var (_, again, _) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.Contains("warning: " + cacheFile + ": ignoring the build cache: checksum mismatch", error);
        Assert.Contains("reused 0 from the build cache", output);
        Assert.Contains("reused 30 from the build cache", again);
    }

    [Fact]
    public async Task Should_Reuse_Nothing_With_No_Cache_But_Leave_A_Fresh_Cache_Behind()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 500, take: 20);
        await Digest("build", input, "--out", At("out"));

        var (_, forced, _) = await Digest("build", input, "--out", At("out"), "--no-cache");
        // Without an output to rewrite the build would be skipped as up to date, and the cache not read.
        File.Delete(At("out/graph.json"));
        var (_, reused, _) = await Digest("build", input, "--out", At("out"));

        Assert.Contains("reused 0 from the build cache", forced);
        Assert.Contains("reused 20 from the build cache", reused);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(BuildCache.PathIn(At("out")))!, "*.tmp"));
    }
}
