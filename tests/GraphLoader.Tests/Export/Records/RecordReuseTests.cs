using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Tests.Export.Records;

/// <summary>Each record exporter, writing through its last export: the bytes are always those of a plain export.</summary>
public sealed class RecordReuseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-records-").FullName;

    public static TheoryData<string> Exporters => new(new JsonExporter().FileName, new GraphMlExporter().FileName, new CypherScriptExporter().FileName);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(Exporters))]
    public void Should_Write_What_A_Plain_Export_Writes_As_Records_Are_Added_Changed_And_Removed(string fileName)
    {
        var exporter = ExporterOf(fileName);
        var full = GraphMetrics.Attach(SampleGraphs.Full);
        var fewer = GraphMetrics.Attach(SampleGraphs.WithoutLast(3));
        var edited = Edited(full);
        Assert.Equal(0, Export(exporter, fewer));

        foreach (var graph in new[] { full, edited, fewer, edited, edited })
        {
            var copied = Export(exporter, graph);

            Assert.Equal(Plain(exporter, graph), File.ReadAllBytes(PathOf(exporter)));
            Assert.InRange(copied, 1, GraphRecordHashes.Compute(graph).Count);
        }
    }

    [Theory]
    [MemberData(nameof(Exporters))]
    public void Should_Copy_The_Fields_Before_The_Metrics_Of_Entities_Whose_Metrics_Alone_Changed(string fileName)
    {
        var exporter = ExporterOf(fileName);
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        var entities = graph.Entities.Count;
        var rescaled = graph with { Metrics = EquatableArray<EntityMetrics>.From(graph.Metrics.Select(m => m with { PageRank = m.PageRank / 2, Community = "other:" + m.Community })) };
        var renamed = rescaled with { Entities = EquatableArray<Entity>.From(rescaled.Entities.Select((e, i) => i == 3 ? e with { Name = e.Name + " v2" } : e)) };
        Export(exporter, graph);

        // Every entity's metrics change; then one entity's name alone; then the metrics change back, and that entity's
        // name too; then the metrics go.
        foreach (var (next, heads) in new[] { (rescaled, entities), (renamed, 0), (graph, entities - 1), (graph with { Metrics = default }, entities) })
        {
            var (copied, copiedHeads) = ExportCounting(exporter, next);

            Assert.Equal(Plain(exporter, next), File.ReadAllBytes(PathOf(exporter)));
            Assert.Equal(heads, copiedHeads);
            Assert.Equal(GraphRecordHashes.Compute(next).Count - (heads == 0 ? 1 : entities), copied);
        }
    }

    [Theory]
    [MemberData(nameof(Exporters))]
    public void Should_Copy_Every_Record_Of_An_Unchanged_Graph(string fileName)
    {
        var exporter = ExporterOf(fileName);
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        Export(exporter, graph);

        Assert.Equal(GraphRecordHashes.Compute(graph).Count, Export(exporter, graph));
        Assert.Equal(Plain(exporter, graph), File.ReadAllBytes(PathOf(exporter)));
    }

    [Theory]
    [MemberData(nameof(Exporters))]
    public void Should_Copy_Nothing_From_An_Export_Changed_Since_Its_Index_Was_Written(string fileName)
    {
        var exporter = ExporterOf(fileName);
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        Export(exporter, graph);
        var bytes = File.ReadAllBytes(PathOf(exporter));
        var written = File.GetLastWriteTimeUtc(PathOf(exporter));
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(PathOf(exporter), bytes);
        // As an edit made later would: a rewrite within the file system's timestamp granularity is not told apart (README).
        File.SetLastWriteTimeUtc(PathOf(exporter), written.AddSeconds(1));

        Assert.Equal(0, Export(exporter, graph));
        Assert.Equal(Plain(exporter, graph), File.ReadAllBytes(PathOf(exporter)));
    }

    [Theory]
    [MemberData(nameof(Exporters))]
    public void Should_Copy_Nothing_When_The_Index_Is_Damaged_Or_Copying_Is_Off(string fileName)
    {
        var exporter = ExporterOf(fileName);
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        Export(exporter, graph);
        var index = File.ReadAllBytes(IndexOf(exporter));
        index[10] ^= 1;
        File.WriteAllBytes(IndexOf(exporter), index);

        Assert.Equal(0, Export(exporter, graph));
        Assert.Equal(0, Export(exporter, graph, copyFromLastExport: false));
        Assert.Equal(GraphRecordHashes.Compute(graph).Count, Export(exporter, graph));
        Assert.Equal(Plain(exporter, graph), File.ReadAllBytes(PathOf(exporter)));
    }

    [Fact]
    public void Should_Leave_No_Index_Behind_When_The_Export_Fails()
    {
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        var reuse = new RecordReuse(GraphRecordHashes.Compute(graph), Path.Combine(_dir, "graph.json"), Path.Combine(_dir, "cache", "graph.json.records"), copyFromLastExport: true);
        using (reuse)
        {
            Assert.Throws<IOException>(() => AtomicFile.Write(Path.Combine(_dir, "graph.json"), stream =>
            {
                new JsonExporter().Write(graph, stream, reuse);
                throw new IOException("disk full");
            }));
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "cache")));
        Assert.False(File.Exists(Path.Combine(_dir, "graph.json")));
    }

    private static IRecordExporter ExporterOf(string fileName) =>
        new IRecordExporter[] { new JsonExporter(), new GraphMlExporter(), new CypherScriptExporter() }.Single(e => e.FileName == fileName);

    /// <summary>The graph with one record of each kind changed: an article's title, an entity's metrics, a mention's count, a relation's evidence.</summary>
    private static KnowledgeGraphData Edited(KnowledgeGraphData graph)
    {
        var articles = graph.Articles.ToArray();
        articles[1] = articles[1] with { Title = articles[1].Title + " (revised)" };
        var metrics = graph.Metrics.ToArray();
        metrics[5] = metrics[5] with { PageRank = metrics[5].PageRank + 0.5 };
        var mentions = graph.Mentions.ToArray();
        mentions[2] = mentions[2] with { Count = mentions[2].Count + 1 };
        var relations = graph.Relations.ToArray();
        var evidence = relations[0].Evidence.ToArray();
        evidence[0] = evidence[0] with { Sentence = evidence[0].Sentence + "！" };
        relations[0] = relations[0] with { Evidence = EquatableArray<Evidence>.From(evidence) };
        return graph with
        {
            Articles = EquatableArray<Article>.From(articles),
            Metrics = EquatableArray<EntityMetrics>.From(metrics),
            Mentions = EquatableArray<ArticleMention>.From(mentions),
            Relations = EquatableArray<Relation>.From(relations),
        };
    }

    private static byte[] Plain(IGraphExporter exporter, KnowledgeGraphData graph)
    {
        using var bytes = new MemoryStream();
        exporter.Write(graph, bytes);
        return bytes.ToArray();
    }

    private string PathOf(IGraphExporter exporter) => Path.Combine(_dir, exporter.FileName);

    private string IndexOf(IGraphExporter exporter) => Path.Combine(_dir, "cache", exporter.FileName + ".records");

    /// <summary>Writes the export as a build does, copying from the one in place unless told not to.</summary>
    /// <returns>How many records were copied.</returns>
    private int Export(IRecordExporter exporter, KnowledgeGraphData graph, bool copyFromLastExport = true) =>
        ExportCounting(exporter, graph, copyFromLastExport).Copied;

    /// <summary>Writes the export as a build does, copying from the one in place unless told not to.</summary>
    /// <returns>How many records were copied whole, and how many had their head copied.</returns>
    private (int Copied, int CopiedHeads) ExportCounting(IRecordExporter exporter, KnowledgeGraphData graph, bool copyFromLastExport = true)
    {
        using var reuse = new RecordReuse(GraphRecordHashes.Compute(graph), PathOf(exporter), IndexOf(exporter), copyFromLastExport);
        AtomicFile.Write(PathOf(exporter), stream => exporter.Write(graph, stream, reuse), bufferSize: 0);
        reuse.SaveIndex();
        return (reuse.CopiedRecords, reuse.CopiedHeads);
    }
}
