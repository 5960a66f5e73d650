using System.Text.Json;
using Digest.Tests.Shared;

namespace Digest.Cli.Tests.Commands.Build;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("digest-build-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private static Task<(int Code, string Out, string Err)> Digest(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Should_Write_The_Three_Outputs_For_The_Shared_Sample()
    {
        var (code, output, _) = await Digest("build", RepoPaths.SampleDigest, "--out", _out);

        Assert.Equal(0, code);
        Assert.Contains("Read 10 articles", output);
        foreach (var file in new[] { "graph.json", "graph.graphml", "import.cypher" })
        {
            Assert.True(File.Exists(Path.Combine(_out, file)), file);
        }

        Assert.Empty(Directory.GetFiles(_out, "*.tmp"));
    }

    [Fact]
    public async Task Should_Keep_Each_Replaced_Export_As_The_Spare_The_Next_Build_Writes_Over()
    {
        await Digest("build", RepoPaths.SampleDigest, "--out", _out);
        var first = File.ReadAllBytes(Path.Combine(_out, "graph.json"));
        Assert.Empty(Directory.GetFiles(_out, ".*.spare"));

        await Digest("build", RepoPaths.SampleDigest, "--out", _out, "--no-cache");

        // Spares on Linux only: elsewhere an export is written to a new file (AtomicFile.WriteOverSpare).
        var spares = OperatingSystem.IsLinux() ? new[] { ".graph.json.spare", ".graph.graphml.spare", ".import.cypher.spare" } : [];
        Assert.Equal(spares.Order(), Directory.GetFiles(_out, ".*.spare").Select(Path.GetFileName).Order());
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(_out, "graph.json")));
        Assert.Empty(Directory.GetFiles(_out, "*.tmp"));
        Assert.Empty(Directory.GetFiles(_out, "*.replaced"));
    }

    [Fact]
    public async Task Should_Refuse_To_Build_Into_A_Folder_Another_Build_Is_Writing_To()
    {
        await Digest("build", RepoPaths.SampleDigest, "--out", _out);
        var before = File.ReadAllBytes(Path.Combine(_out, "graph.json"));

        // Another build holds the lock as a build does: the file open for itself alone.
        using (new FileStream(Path.Combine(_out, ".digest-cache", "build.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var (code, _, error) = await Digest("build", RepoPaths.SampleDigest, "--out", _out, "--no-cache");
            Assert.Equal(1, code);
            Assert.Contains($"another digest build is writing to {_out}", error);
            Assert.Equal(before, File.ReadAllBytes(Path.Combine(_out, "graph.json")));
        }

        Assert.Equal(0, (await Digest("build", RepoPaths.SampleDigest, "--out", _out, "--no-cache")).Code);
    }

    [Fact]
    public async Task Should_Find_The_Sample_Names_And_Authors_With_Schema_Ids()
    {
        await Digest("build", RepoPaths.SampleDigest, "--out", _out);

        using var graph = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "graph.json")));
        var nodes = graph.RootElement.GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("label").GetString() != "Article")
            .ToDictionary(n => n.GetProperty("name").GetString()!, n => n.GetProperty("id").GetString()!);
        foreach (var name in new[] { "S4", "HiPPO", "InstructBLIP", "DeepSeek-V2", "ReRoPE", "Siyuan Guo", "Bernhard Schölkopf" })
        {
            Assert.True(nodes.ContainsKey(name), name);
        }

        Assert.Equal("author:siyuan-guo", nodes["Siyuan Guo"]);
        Assert.Matches("^[a-z]+:", nodes["HiPPO"]);
    }

    [Fact]
    public async Task Should_Give_Byte_Identical_Outputs_For_One_Thread_And_All_Cores()
    {
        var single = Path.Combine(_out, "one");
        var all = Path.Combine(_out, "all");

        await Digest("build", RepoPaths.SampleDigest, "--out", single, "--threads", "1");
        await Digest("build", RepoPaths.SampleDigest, "--out", all, "--threads", "0");

        foreach (var file in new[] { "graph.json", "graph.graphml", "import.cypher" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(single, file)), File.ReadAllBytes(Path.Combine(all, file)));
        }
    }

    [Fact]
    public async Task Should_Give_Byte_Identical_Outputs_For_One_Thread_And_All_Cores_On_Two_Shared_Corpus_Files()
    {
        var input = Directory.CreateDirectory(Path.Combine(_out, "in")).FullName;
        CorpusSlice.Write(Path.Combine(input, "a.txt"), skip: 0, take: 150);
        CorpusSlice.Write(Path.Combine(input, "b.txt"), skip: 150, take: 150);
        var single = Path.Combine(_out, "one");
        var all = Path.Combine(_out, "all");

        var (code, output, _) = await Digest("build", input, "--out", single, "--threads", "1");
        await Digest("build", input, "--out", all, "--threads", "0", "--no-cache");

        Assert.Equal(0, code);
        Assert.Contains("Read 300 articles from 2 file(s)", output);
        foreach (var file in new[] { "graph.json", "graph.graphml", "import.cypher" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(single, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(all, file))), file);
        }
    }

    [Fact]
    public async Task Should_Exit_Non_Zero_Naming_A_Missing_Input_And_Write_Nothing()
    {
        var missing = Path.Combine(_out, "missing.txt");

        var (code, _, error) = await Digest("build", missing, "--out", Path.Combine(_out, "o"));

        Assert.NotEqual(0, code);
        Assert.Contains(missing, error);
        Assert.False(Directory.Exists(Path.Combine(_out, "o")));
    }

    [Fact]
    public async Task Should_Keep_The_Previous_Graph_When_A_Later_Build_Fails()
    {
        await Digest("build", RepoPaths.SampleDigest, "--out", _out);
        var before = File.ReadAllBytes(Path.Combine(_out, "graph.json"));
        var bad = Path.Combine(_out, "bad.txt");
        File.WriteAllBytes(bad, [0x54, 0x54, 0x0A, 0xFF, 0xFE]);

        var (code, _, error) = await Digest("build", bad, "--out", _out);

        Assert.Equal(1, code);
        Assert.Contains(bad + ":2:", error);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_out, "graph.json")));
    }

    [Fact]
    public async Task Should_Exit_Non_Zero_With_One_Line_When_The_Output_Folder_Cannot_Be_Made()
    {
        var file = Path.Combine(_out, "a-file");
        File.WriteAllText(file, "not a folder");

        var (code, _, error) = await Digest("build", RepoPaths.SampleDigest, "--out", Path.Combine(file, "out"));

        Assert.Equal(1, code);
        Assert.Contains($"error: cannot write the outputs in {Path.Combine(file, "out")}: ", error);
        Assert.DoesNotContain("Unhandled exception", error);
    }

    [Fact]
    public async Task Should_Exit_Non_Zero_Leaving_No_Temporary_File_When_An_Export_Cannot_Be_Moved_Into_Place()
    {
        var input = Path.Combine(_out, "digest.txt");
        File.Copy(RepoPaths.SampleDigest, input);
        await Digest("build", input, "--out", Path.Combine(_out, "o"));
        var graphml = Path.Combine(_out, "o", "graph.graphml");
        File.Delete(graphml);
        Directory.CreateDirectory(Path.Combine(graphml, "in-the-way"));
        File.AppendAllText(input, "\nA New ArticleA New Article\n本文提出了 FlashAttention 方法。\n");

        var (code, _, error) = await Digest("build", input, "--out", Path.Combine(_out, "o"));

        Assert.Equal(1, code);
        Assert.Contains("error: cannot write the outputs in ", error);
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.Empty(Directory.GetFiles(Path.Combine(_out, "o"), "*.tmp"));
    }
}
