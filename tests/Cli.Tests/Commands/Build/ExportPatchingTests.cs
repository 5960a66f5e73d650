using System.Text.Json;
using Digest.Cli.Commands.Build;
using Digest.GraphLoader.Export.Records;

namespace Digest.Cli.Tests.Commands.Build;

/// <summary>Rebuilds whose edits change only evidence wording and mention counts patch the exports; every other edit merges as before. Either way the outputs are a clean build's.</summary>
public sealed class ExportPatchingTests : IDisposable
{
    private static readonly string[] Outputs = ["graph.json", "graph.graphml", "import.cypher", "style.grss"];

    private readonly string _dir = Directory.CreateTempSubdirectory("digest-patch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string At(string name) => Path.Combine(_dir, name);

    private static Task<(int Code, string Out, string Err)> Digest(params string[] args) => CliRunner.Run(args);

    /// <summary>The outputs, the record of the last merge and the record indexes (without their trailer, which names the file's time) match a clean build's.</summary>
    private async Task AssertCleanBuildOf(string input, string outDir)
    {
        var clean = At("clean-" + Path.GetFileName(outDir));
        await Digest("build", input, "--out", clean, "--no-cache");
        foreach (var file in Outputs.Append(Path.Combine(BuildCache.FolderName, LastMerge.FileName)))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(outDir, file))), file);
        }

        foreach (var file in Outputs.Take(3).Select(f => Path.Combine(BuildCache.FolderName, f + ".records")))
        {
            var (expected, actual) = (File.ReadAllBytes(Path.Combine(clean, file)), File.ReadAllBytes(Path.Combine(outDir, file)));
            Assert.Equal(expected.Length, actual.Length);
            var entries = expected.Length - RecordIndexFormat.TrailerSize - RecordIndexFormat.ChecksumSize;
            Assert.True(expected.AsSpan(0, entries).SequenceEqual(actual.AsSpan(0, entries)), file);
        }
    }

    [Fact]
    public async Task Should_Patch_The_Exports_Into_A_Clean_Builds_When_A_Shared_Corpus_Article_Rewords_Evidence_And_Back()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        var original = File.ReadAllText(input);
        RewordEvidence(input, At("out"));

        var (code, patched, _) = await Digest("build", input, "--out", At("out"));
        var (_, again, _) = await Digest("build", input, "--out", At("out"));
        await AssertCleanBuildOf(input, At("out"));
        File.WriteAllText(input, original);
        var (_, back, _) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.Contains("Extracted 1 article(s); reused 39 from the build cache.", patched);
        Assert.Contains("Records patched", patched);
        Assert.Contains("Up to date", again);
        Assert.Contains("Records patched", back);
        await AssertCleanBuildOf(input, At("out"));
    }

    [Fact]
    public async Task Should_Patch_Evidence_Reworded_After_An_Edit_That_Left_The_Shared_Corpus_Graph_Unchanged()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        var text = File.ReadAllText(input);
        var secondBody = text.IndexOf("作者", text.IndexOf("作者", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        File.WriteAllText(input, text.Insert(text.IndexOf('。', secondBody) + 1, "详见原文。"));
        var (_, unchanged, _) = await Digest("build", input, "--out", At("out"));
        RewordEvidence(input, At("out"));

        var (_, patched, _) = await Digest("build", input, "--out", At("out"));

        Assert.Contains("Graph unchanged", unchanged);
        Assert.Contains("Records patched", patched);
        await AssertCleanBuildOf(input, At("out"));
    }

    [Fact]
    public async Task Should_Patch_The_Exports_Into_A_Clean_Builds_When_A_Shared_Corpus_Article_Names_An_Entity_Once_More()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        var text = File.ReadAllText(input);
        var name = NamedInOneArticleOnly(At("out"), text);
        // The name, repeated as a sentence of its own after the sentence that names it, counts one mention more.
        var sentenceEnd = text.IndexOf('。', text.IndexOf(name, StringComparison.Ordinal)) + 1;
        File.WriteAllText(input, text.Insert(sentenceEnd, name + "。"));

        var (code, patched, _) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.Contains("Extracted 1 article(s); reused 39 from the build cache.", patched);
        Assert.Contains("Records patched", patched);
        await AssertCleanBuildOf(input, At("out"));
    }

    [Fact]
    public async Task Should_Patch_The_Exports_Into_A_Clean_Builds_When_A_Shared_Corpus_Article_Repeats_A_Sentence_Quoted_As_Evidence()
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        var text = File.ReadAllText(input);
        var sentence = QuotedOnce(At("out"), text, otherThan: null).Sentence;
        // The article finds the same relations twice more, and names their entities once more each.
        File.WriteAllText(input, text.Replace(sentence, sentence + sentence, StringComparison.Ordinal));

        var (code, patched, _) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.Contains("Records patched", patched);
        await AssertCleanBuildOf(input, At("out"));
    }

    /// <summary>Where the line holding <paramref name="at"/> ends: an article's body is one line, so a full stop past it is another article's.</summary>
    private static int LineEnd(string text, int at) => text.IndexOf('\n', at) is >= 0 and var end ? end : text.Length;

    /// <summary>The name of a method named in one article only, in a sentence of its body that no relation quotes.</summary>
    private static string NamedInOneArticleOnly(string outDir, string text)
    {
        using var graph = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "graph.json")));
        var quoted = graph.RootElement.GetProperty("edges").EnumerateArray()
            .Where(edge => edge.TryGetProperty("evidence", out _))
            .SelectMany(edge => edge.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("sentence").GetString()!))
            .ToHashSet();
        return graph.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(node => node.GetProperty("label").GetString() == "Method" && node.GetProperty("articles").GetArrayLength() == 1)
            .Select(node => node.GetProperty("name").GetString()!)
            .First(name => name.Length > 3 && text.IndexOf(name, StringComparison.Ordinal) is var at && at >= 0
                && text.IndexOf('。', at) is var end && end > at && end < LineEnd(text, at) && !quoted.Any(q => text.IndexOf(q, StringComparison.Ordinal) is var q0 && q0 >= 0 && q0 <= at && at < q0 + q.Length));
    }

    public static TheoryData<string> Obstacles => new("export touched", "index damaged", "merge record damaged", "merge record missing", "merge record stale", "link added too");

    [Theory]
    [MemberData(nameof(Obstacles))]
    public async Task Should_Merge_As_Usual_When_The_Exports_Or_Records_Are_Not_What_The_Patch_Needs(string obstacle)
    {
        var input = CorpusSlice.Write(At("digest.txt"), skip: 300, take: 40);
        await Digest("build", input, "--out", At("out"));
        var cache = Path.Combine(At("out"), BuildCache.FolderName);
        var original = File.ReadAllText(input);
        var rewordedArticle = RewordEvidence(input, At("out"));
        switch (obstacle)
        {
            case "export touched":
                File.AppendAllText(At("out/graph.graphml"), "\n");
                break;
            case "index damaged":
                Damage(Path.Combine(cache, "import.cypher.records"));
                break;
            case "merge record damaged":
                Damage(LastMerge.PathIn(At("out")));
                break;
            case "merge record missing":
                File.Delete(LastMerge.PathIn(At("out")));
                break;
            case "merge record stale":
                // A build that patched another article's evidence and stopped before its record of the merge was saved:
                // the exports hold that edit, the record the graph before it.
                var reworded = File.ReadAllText(input);
                var first = File.ReadAllBytes(LastMerge.PathIn(At("out")));
                File.WriteAllText(input, original);
                RewordEvidence(input, At("out"), otherThan: rewordedArticle);
                await Digest("build", input, "--out", At("out"));
                File.WriteAllBytes(LastMerge.PathIn(At("out")), first);
                File.Delete(OutputStamp.PathIn(At("out")));
                File.WriteAllText(input, reworded);
                break;
            default:
                AddLink(input);
                break;
        }

        var (code, output, _) = await Digest("build", input, "--out", At("out"));

        Assert.Equal(0, code);
        Assert.DoesNotContain("Records patched", output);
        Assert.Contains("Relations:", output);
        await AssertCleanBuildOf(input, At("out"));
    }

    /// <summary>Puts a sentence naming a method first in the first article's body: a relation appears.</summary>
    private static void AddLink(string input)
    {
        var text = File.ReadAllText(input);
        var body = text.IndexOf("作者", StringComparison.Ordinal);
        File.WriteAllText(input, text.Insert(text.IndexOf('\n', body) + 1, "本文基于 FlashAttention 方法。"));
    }

    private static void Damage(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Adds a clause to the end of an evidence sentence of graph.json that the input holds once, from an article other than <paramref name="otherThan"/>.</summary>
    /// <returns>The sentence's article.</returns>
    private static string RewordEvidence(string input, string outDir, string? otherThan = null)
    {
        var text = File.ReadAllText(input);
        var (article, sentence) = QuotedOnce(outDir, text, otherThan);
        File.WriteAllText(input, text.Replace(sentence, sentence[..^1] + "，详见原文。", StringComparison.Ordinal));
        return article;
    }

    /// <summary>An evidence sentence of graph.json, ending in "。", that the text holds once, from an article other than <paramref name="otherThan"/>.</summary>
    private static (string Article, string Sentence) QuotedOnce(string outDir, string text, string? otherThan)
    {
        using var graph = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "graph.json")));
        return graph.RootElement.GetProperty("edges").EnumerateArray()
            .Where(edge => edge.TryGetProperty("evidence", out _))
            .SelectMany(edge => edge.GetProperty("evidence").EnumerateArray().Select(e => (Article: e.GetProperty("article").GetString()!, Sentence: e.GetProperty("sentence").GetString()!)))
            .First(e => e.Article != otherThan && e.Sentence.EndsWith('。')
                && text.IndexOf(e.Sentence, StringComparison.Ordinal) is var at && at >= 0 && text.IndexOf(e.Sentence, at + 1, StringComparison.Ordinal) < 0);
    }
}
