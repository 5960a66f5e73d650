using System.Text;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export.Snapshots;

public sealed class AnalysisSnapshotTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-snapshot-").FullName;

    private const string CacheFolder = ".digest-cache";

    private string GraphPath => Path.Combine(_dir, "graph.json");

    private string SnapshotPath => Path.Combine(_dir, CacheFolder, "graph.json.analysis");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Writes the shared sample's graph.json as a build does, into a folder with a build cache.</summary>
    private void WriteSampleBuild(KnowledgeGraphData? graph = null)
    {
        Directory.CreateDirectory(Path.Combine(_dir, CacheFolder));
        AtomicFile.Write(GraphPath, s => new JsonExporter().Write(graph ?? GraphMetrics.Attach(SampleGraphs.Full), s));
    }

    private static List<string> AllEvidence(StoredGraph stored) =>
        stored.Evidence!.Read(Enumerable.Range(0, stored.Data.Relations.Count).ToList())
            .Select(e => string.Join(" / ", e.Select(x => $"{x.ArticleId}|{x.Sentence}|{x.Cue}")))
            .ToList();

    [Fact]
    public void Should_Give_From_The_Snapshot_What_Parsing_The_File_Gives_On_The_Shared_Sample()
    {
        WriteSampleBuild();
        var parsed = GraphJsonReader.Load(GraphPath, deferEvidence: true);

        var first = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);
        var second = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);

        Assert.False(first.FromSnapshot);
        Assert.Equal(SnapshotPath, first.SnapshotPath);
        Assert.True(File.Exists(SnapshotPath));
        Assert.True(second.FromSnapshot);
        Assert.Equal(parsed.Data, first.Data);
        Assert.Equal(parsed.Data, second.Data);
        Assert.True(second.Data.Relations.Count > 20 && second.Data.Metrics.Count == second.Data.Entities.Count);
        Assert.Equal(AllEvidence(parsed), AllEvidence(second));
        Assert.Contains(AllEvidence(second), e => e.Length > 20);
    }

    [Fact]
    public void Should_Not_Use_A_Snapshot_Of_Other_Content_With_The_Same_Length_And_Write_Time()
    {
        WriteSampleBuild();
        var before = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);
        var written = File.GetLastWriteTimeUtc(GraphPath);

        // An entity's name changed in place (same length) and the write time put back: only the content differs.
        var text = File.ReadAllText(GraphPath);
        var name = before.Data.Entities.First(e => e.Name.Length >= 4 && e.Name.All(char.IsAsciiLetter)).Name;
        var renamed = new string(name.Reverse().ToArray());
        File.WriteAllText(GraphPath, text.Replace($"\"name\": \"{name}\"", $"\"name\": \"{renamed}\""));
        File.SetLastWriteTimeUtc(GraphPath, written);
        Assert.Equal(text.Length, File.ReadAllText(GraphPath).Length);

        var after = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);

        Assert.False(after.FromSnapshot);
        Assert.Contains(after.Data.Entities, e => e.Name == renamed);
        Assert.True(GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder).FromSnapshot);
        Assert.Equal(after.Data, GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder).Data);
    }

    [Fact]
    public void Should_Parse_Again_And_Replace_A_Damaged_Snapshot()
    {
        WriteSampleBuild();
        var parsed = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);
        var bytes = File.ReadAllBytes(SnapshotPath);
        bytes[^10] ^= 0x5A;
        File.WriteAllBytes(SnapshotPath, bytes);

        var reread = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);

        Assert.False(reread.FromSnapshot);
        Assert.Equal(parsed.Data, reread.Data);
        Assert.True(GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder).FromSnapshot);
    }

    [Fact]
    public void Should_Use_A_New_Snapshot_After_The_Graph_Is_Rebuilt()
    {
        WriteSampleBuild(GraphMetrics.Attach(SampleGraphs.WithoutLast(3)));
        var smaller = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);
        WriteSampleBuild();

        var full = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);

        Assert.False(full.FromSnapshot);
        Assert.True(full.Data.Articles.Count > smaller.Data.Articles.Count);
        Assert.Equal(full.Data, GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder).Data);
    }

    [Fact]
    public void Should_Make_No_Folder_Beside_A_Graph_That_No_Build_Wrote_There()
    {
        AtomicFile.Write(GraphPath, s => new JsonExporter().Write(GraphMetrics.Attach(SampleGraphs.Full), s));

        var stored = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);

        Assert.Null(stored.SnapshotPath);
        Assert.False(Directory.Exists(Path.Combine(_dir, CacheFolder)));
        Assert.Equal(GraphJsonReader.Load(GraphPath, deferEvidence: true).Data, stored.Data);
    }

    [Fact]
    public void Should_Keep_Strings_That_Need_Escapes_In_The_Snapshot()
    {
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        var first = graph.Entities[0];
        var odd = first with { Name = "引号\"、反斜杠\\、换行\n与 emoji 🧠", Aliases = EquatableArray<string>.From(["tab\there", "é"]) };
        WriteSampleBuild(graph with { Entities = EquatableArray<Entity>.From(graph.Entities.Skip(1).Prepend(odd)) });

        GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);
        var snapshot = GraphJsonReader.ReadForAnalysis(GraphPath, CacheFolder);

        Assert.True(snapshot.FromSnapshot);
        Assert.Equal(odd.Name, snapshot.Data.Entities[0].Name);
        Assert.Equal(odd.Aliases, snapshot.Data.Entities[0].Aliases);
        Assert.Equal(Encoding.UTF8.GetByteCount(odd.Name), Encoding.UTF8.GetByteCount(snapshot.Data.Entities[0].Name));
    }
}
