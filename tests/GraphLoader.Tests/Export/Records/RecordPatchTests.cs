using Digest.Extractor.Building;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Export.Records;
using Digest.Tests.Shared;

namespace Digest.GraphLoader.Tests.Export.Records;

/// <summary>Exports patched where only evidence and mention counts changed: the bytes and indexes are those of exports written afresh.</summary>
public sealed class RecordPatchTests : IDisposable
{
    private static readonly IRecordExporter[] Exporters = [new JsonExporter(), new GraphMlExporter(), new CypherScriptExporter()];

    private readonly string _dir = Directory.CreateTempSubdirectory("digest-patch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> ExporterNames => new(Exporters.Select(e => e.FileName));

    [Theory]
    [MemberData(nameof(ExporterNames))]
    public void Should_Format_Each_Shared_Sample_Entity_Mention_And_Relationship_As_The_Export_Writes_It_In_Place(string fileName)
    {
        var exporter = Exporters.Single(e => e.FileName == fileName);
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        WriteAll(graph);
        var bytes = File.ReadAllBytes(PathOf(exporter));
        using var index = RecordIndex.Open(IndexOf(exporter), bytes.Length, File.GetLastWriteTimeUtc(PathOf(exporter)).Ticks)!;

        byte[] InPlace(ulong hash) => InPlaceWithHead(hash).Bytes;

        (byte[] Bytes, int HeadLength) InPlaceWithHead(ulong hash)
        {
            Assert.True(index.TryFind(hash, out var entry));
            var (offset, length) = index.RangeOf(entry);
            return (bytes.AsSpan((int)offset, length).ToArray(), index.HeadOf(entry).Length);
        }

        for (var i = 0; i < graph.Entities.Count; i++)
        {
            var (inPlace, headLength) = InPlaceWithHead(GraphRecordHashes.Of(graph.Entities[i], graph.Metrics[i]));
            var (formatted, formattedHeadLength) = exporter.EntityRecord(graph.Entities[i], graph.Metrics[i]);
            Assert.Equal(inPlace, formatted);
            Assert.Equal(headLength, formattedHeadLength);
            Assert.InRange(headLength, 1, inPlace.Length - 1);
        }

        foreach (var mention in graph.Mentions)
        {
            Assert.Equal(InPlace(GraphRecordHashes.Of(mention)), exporter.MentionRecord(mention));
        }

        foreach (var relation in graph.Relations)
        {
            Assert.Equal(InPlace(GraphRecordHashes.Of(relation)), exporter.RelationRecord(relation));
        }
    }

    [Fact]
    public void Should_Leave_Exports_And_Indexes_As_Writing_Them_Afresh_Would_When_Shared_Sample_Evidence_And_Counts_Change()
    {
        var graph = GraphMetrics.Attach(SampleGraphs.Full);
        WriteAll(graph);
        var edit = GraphEdit.Combine([ReworkEvery(graph, 3), Recount(graph)]);
        var edited = EditedGraphs.Apply(graph, edit);

        using (var patch = RecordPatch.TryPrepare(Exports(), CountsOf(graph), edit))
        {
            Assert.NotNull(patch);
            Assert.Equal(edit.Evidence.Select(e => e.Relation).Distinct().Count() + edit.MentionCounts.Select(e => e.Entity).Distinct().Count() + edit.Mentions.Count, patch.Records);
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
        var edit = GraphEdit.Combine([ReworkEvery(graph, 5), Recount(graph)]);
        var misfit = edit.Evidence[0] with { Before = edit.Evidence[0].After };
        var wrongMention = edit.Mentions[0] with { Before = edit.Mentions[0].Before + 1 };
        var counts = CountsOf(graph);

        Assert.NotNull(RecordPatch.TryPrepare(Exports(), counts, edit));
        Assert.Null(RecordPatch.TryPrepare(Exports(), counts, new GraphEdit([misfit], [], [])));
        Assert.Null(RecordPatch.TryPrepare(Exports(), counts, new GraphEdit([], [], [wrongMention])));
        Assert.Null(RecordPatch.TryPrepare(Exports(), counts with { Relations = counts.Relations - 1 }, edit));
        Assert.Null(RecordPatch.TryPrepare(Exports(), counts with { Articles = counts.Articles + 1, Mentions = counts.Mentions - 1 }, edit));
        Assert.Null(RecordPatch.TryPrepare(Exports(), counts, new GraphEdit([edit.Evidence[0] with { Relation = counts.Relations }], [], [])));
        Assert.Null(RecordPatch.TryPrepare(Exports(), counts, new GraphEdit([], [new MentionCountEdit(counts.Entities, 1, VoteSettled: true)], [])));

        // A count change not known to leave the entity's type and name is not patched.
        Assert.Null(RecordPatch.TryPrepare(Exports(), counts, new GraphEdit([], [new MentionCountEdit(1, 1, VoteSettled: false)], [])));
        Assert.NotNull(RecordPatch.TryPrepare(Exports(), counts, new GraphEdit([], [new MentionCountEdit(1, 1, VoteSettled: true)], [])));

        File.AppendAllText(PathOf(Exporters[2]), "\n");
        Assert.Null(RecordPatch.TryPrepare(Exports(), counts, edit));
        foreach (var exporter in Exporters.Take(2))
        {
            Assert.Equal(Plain(exporter, graph), File.ReadAllBytes(PathOf(exporter)));
        }
    }

    /// <summary>New mention counts for every fourth entity, and for every third MENTIONS edge.</summary>
    private static GraphEdit Recount(KnowledgeGraphData graph)
    {
        var counts = Enumerable.Range(0, graph.Entities.Count).Where(e => e % 4 == 1).Select(e => new MentionCountEdit(e, (e % 3) + 1, VoteSettled: true)).ToList();
        var positions = graph.Entities.Select((entity, i) => (entity.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var mentions = graph.Mentions.Where((_, i) => i % 3 == 0).Select(m => new MentionEdgeEdit(m.ArticleId, positions[m.EntityId], m.Count, m.Count + 2)).ToList();
        Assert.True(counts.Count >= 3 && mentions.Count >= 3, "the sample should have a few entities and mentions");
        return new GraphEdit([], counts, mentions);
    }

    /// <summary>Every <paramref name="step"/>-th relationship's first article's evidence, each sentence with a clause added.</summary>
    private static GraphEdit ReworkEvery(KnowledgeGraphData graph, int step)
    {
        var edits = new List<EvidenceEdit>();
        for (var p = 0; p < graph.Relations.Count; p += step)
        {
            var evidence = graph.Relations[p].Evidence;
            var article = evidence[0].ArticleId;
            var run = evidence.Where(e => e.ArticleId == article).ToList();
            var reworded = EquatableArray<Evidence>.From(run.Select(e => e with { Sentence = e.Sentence.TrimEnd('。') + "，详见“原文”。" }));
            var confidence = graph.Relations[p].Confidence;
            // Every other one also gains certainty; a confidence the export writes with four decimals, as it rounds them.
            edits.Add(new EvidenceEdit(p, article, EquatableArray<Evidence>.From(run), reworded, confidence, p % 2 == 0 ? confidence : Math.Min(1, confidence + 0.05)));
        }

        Assert.True(edits.Count >= 3, "the sample should have a few relationships");
        return new GraphEdit(edits, [], []);
    }

    private static RecordCounts CountsOf(KnowledgeGraphData graph) => new(graph.Articles.Count, graph.Entities.Count, graph.Mentions.Count, graph.Relations.Count);

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
        AtomicFile.WriteOverSpare(PathOf(exporter), stream => exporter.Write(graph, stream, reuse), bufferSize: 0);
        reuse.SaveIndex();
        return reuse.CopiedRecords;
    }
}
