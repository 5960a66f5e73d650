using Digest.Extractor.Building;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Tests.Export.Records;

/// <summary>Exports patched where only evidence changed: the bytes and indexes are those of exports written afresh.</summary>
public sealed class RelationPatchTests : IDisposable
{
    private static readonly IRecordExporter[] Exporters = [new JsonExporter(), new GraphMlExporter(), new CypherScriptExporter()];

    private readonly string _dir = Directory.CreateTempSubdirectory("digest-patch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> ExporterNames => new(Exporters.Select(e => e.FileName));

    [Theory]
    [MemberData(nameof(ExporterNames))]
    public void Should_Format_Each_Shared_Sample_Relationship_As_The_Export_Writes_It_In_Place(string fileName)
    {
        var exporter = Exporters.Single(e => e.FileName == fileName);
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        WriteAll(graph);
        var bytes = File.ReadAllBytes(PathOf(exporter));
        using var index = RecordIndex.Open(IndexOf(exporter), bytes.Length, File.GetLastWriteTimeUtc(PathOf(exporter)).Ticks)!;

        foreach (var relation in graph.Relations)
        {
            Assert.True(index.TryFind(GraphRecordHashes.Of(relation), out var entry));
            var (offset, length) = index.RangeOf(entry);
            Assert.Equal(bytes.AsSpan((int)offset, length).ToArray(), exporter.RelationRecord(relation));
        }
    }

    [Fact]
    public void Should_Leave_Exports_And_Indexes_As_Writing_Them_Afresh_Would_When_Shared_Sample_Evidence_Is_Reworded()
    {
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        WriteAll(graph);
        var edits = ReworkEvery(graph, 3);
        var edited = Edited(graph, edits);

        using (var patch = RelationPatch.TryPrepare(Exports(), graph.Relations.Count, edits))
        {
            Assert.NotNull(patch);
            Assert.Equal(edits.Select(e => e.Relation).Distinct().Count(), patch.Relations);
            patch.Apply();
        }

        foreach (var exporter in Exporters)
        {
            Assert.Equal(Plain(exporter, edited), File.ReadAllBytes(PathOf(exporter)));

            // The index describes the patched file record for record: a rebuild of the same graph copies all of it.
            Assert.Equal(GraphRecordHashes.Compute(edited).Count, Export(exporter, edited));
            Assert.Equal(Plain(exporter, edited), File.ReadAllBytes(PathOf(exporter)));
        }
    }

    [Fact]
    public void Should_Not_Prepare_A_Patch_When_An_Export_Was_Touched_Or_An_Edit_Does_Not_Fit_The_Shared_Sample_Graph()
    {
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        WriteAll(graph);
        var edits = ReworkEvery(graph, 5);
        var misfit = edits[0] with { Before = edits[0].After };

        Assert.Null(RelationPatch.TryPrepare(Exports(), graph.Relations.Count, [misfit]));
        Assert.Null(RelationPatch.TryPrepare(Exports(), graph.Relations.Count - 1, edits));
        Assert.Null(RelationPatch.TryPrepare(Exports(), graph.Relations.Count, [edits[0] with { Relation = graph.Relations.Count }]));

        File.AppendAllText(PathOf(Exporters[2]), "\n");
        Assert.Null(RelationPatch.TryPrepare(Exports(), graph.Relations.Count, edits));
        foreach (var exporter in Exporters.Take(2))
        {
            Assert.Equal(Plain(exporter, graph), File.ReadAllBytes(PathOf(exporter)));
        }
    }

    /// <summary>Every <paramref name="step"/>-th relationship's first article's evidence, each sentence with a clause added.</summary>
    private static List<EvidenceEdit> ReworkEvery(KnowledgeGraphData graph, int step)
    {
        var edits = new List<EvidenceEdit>();
        for (var p = 0; p < graph.Relations.Count; p += step)
        {
            var evidence = graph.Relations[p].Evidence;
            var article = evidence[0].ArticleId;
            var run = evidence.Where(e => e.ArticleId == article).ToList();
            edits.Add(new EvidenceEdit(p, article, EquatableArray<Evidence>.From(run), EquatableArray<Evidence>.From(run.Select(e => e with { Sentence = e.Sentence.TrimEnd('。') + "，详见“原文”。" }))));
        }

        Assert.True(edits.Count >= 3, "the sample should have a few relationships");
        return edits;
    }

    private static KnowledgeGraphData Edited(KnowledgeGraphData graph, List<EvidenceEdit> edits)
    {
        var relations = graph.Relations.ToArray();
        foreach (var edit in edits)
        {
            Assert.True(edit.TryApply(relations[edit.Relation], out relations[edit.Relation]));
        }

        return graph with { Relations = EquatableArray<Relation>.From(relations) };
    }

    private static byte[] Plain(IGraphExporter exporter, KnowledgeGraphData graph)
    {
        using var bytes = new MemoryStream();
        exporter.Write(graph, bytes);
        return bytes.ToArray();
    }

    private List<(IRecordExporter Exporter, string ExportPath, string IndexPath)> Exports() =>
        [.. Exporters.Select(e => (e, PathOf(e), IndexOf(e)))];

    private string PathOf(IGraphExporter exporter) => Path.Combine(_dir, exporter.FileName);

    private string IndexOf(IGraphExporter exporter) => Path.Combine(_dir, "cache", exporter.FileName + ".records");

    private void WriteAll(KnowledgeGraphData graph)
    {
        foreach (var exporter in Exporters)
        {
            Export(exporter, graph);
        }
    }

    /// <summary>Writes the export as a build does, copying from the one in place.</summary>
    /// <returns>How many records were copied.</returns>
    private int Export(IRecordExporter exporter, KnowledgeGraphData graph)
    {
        using var reuse = new RecordReuse(GraphRecordHashes.Compute(graph), PathOf(exporter), IndexOf(exporter), copyFromLastExport: true);
        AtomicFile.Write(PathOf(exporter), stream => exporter.Write(graph, stream, reuse), bufferSize: 0);
        reuse.SaveIndex();
        return reuse.CopiedRecords;
    }
}
