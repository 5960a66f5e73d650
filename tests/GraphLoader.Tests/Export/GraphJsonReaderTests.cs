using Digest.Extractor.Graph;
using Digest.Extractor.Graph.Communities;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Graph.Rankings;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class GraphJsonReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-graphjson-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteShared()
    {
        var json = Path.Combine(_dir, "graph.json");
        AtomicFile.Write(json, s => new JsonExporter().Write(GraphMetrics.Attach(SampleGraphs.Full), s));
        return json;
    }

    [Theory]
    [InlineData(16)]
    [InlineData(700)]
    [InlineData(JsonArrayStream.DefaultBufferSize)]
    public void Should_Read_The_Shared_Sample_As_Written_When_Nodes_And_Edges_Cross_The_Buffer_End(int bufferSize)
    {
        var written = GraphMetrics.Attach(SampleGraphs.Full);
        var json = WriteShared();

        var read = GraphJsonReader.Load(json, deferEvidence: false, bufferSize).Data;

        Assert.Equal(written.Entities, read.Entities);
        Assert.Equal(written.Relations, read.Relations);
        Assert.Equal(written.Mentions, read.Mentions);
        Assert.Equal(written.Metrics, read.Metrics);
        Assert.Equal(written.Articles.Select(a => a with { Body = string.Empty }), read.Articles);
    }

    [Fact]
    public void Should_Leave_Evidence_In_The_File_And_Fetch_It_Equal_To_An_Eager_Read_On_The_Shared_Sample()
    {
        var json = WriteShared();
        var eager = GraphJsonReader.Read(json);

        var lazy = GraphJsonReader.Load(json, deferEvidence: true, bufferSize: 64);
        var fetched = lazy.Evidence!.Read(Enumerable.Range(0, eager.Relations.Count).Reverse().ToList());

        Assert.All(lazy.Data.Relations, r => Assert.Empty(r.Evidence));
        Assert.Equal(eager.Relations.Reverse().Select(r => r.Evidence), fetched);
        Assert.Equal(eager.Relations.Select(r => r with { Evidence = EquatableArray<Evidence>.Empty }), lazy.Data.Relations);
    }

    [Fact]
    public void Should_Share_One_String_For_An_Id_Repeated_Across_Nodes_And_Edges()
    {
        var read = GraphJsonReader.Read(WriteShared());

        var mention = read.Mentions[0];
        Assert.Same(read.Entities.Single(e => e.Id == mention.EntityId).Id, mention.EntityId);
        Assert.Same(read.Articles.Single(a => a.Id == mention.ArticleId).Id, mention.ArticleId);
    }

    [Fact]
    public void Should_Refuse_To_Fetch_Evidence_From_A_File_Changed_Since_Loading()
    {
        var json = WriteShared();
        var lazy = GraphJsonReader.ReadForAnalysis(json);
        File.AppendAllText(json, "\n");

        var error = Assert.Throws<InvalidDataException>(() => lazy.Evidence!.Read([0]));

        Assert.Contains("changed since it was loaded", error.Message);
    }

    [Fact]
    public void Should_Name_The_Line_Of_A_Node_Missing_A_Field()
    {
        var json = Path.Combine(_dir, "bad.json");
        File.WriteAllText(json, "{\n  \"nodes\": [\n    {\"id\": \"method:a\", \"label\": \"Method\", \"name\": \"A\"},\n    {\"id\": \"method:b\", \"label\": \"Method\"}\n  ],\n  \"edges\": []\n}\n");

        var error = Assert.Throws<DigestInputException>(() => GraphJsonReader.Read(json));

        Assert.Equal(4, error.Line);
        Assert.Contains("node method:b has no name", error.Message);
    }

    [Fact]
    public void Should_Ask_For_A_New_Build_When_A_Community_Is_A_Number_As_Older_Builds_Wrote_It()
    {
        var json = Path.Combine(_dir, "old.json");
        File.WriteAllText(json, "{\n  \"nodes\": [\n    {\"id\": \"method:a\", \"label\": \"Method\", \"name\": \"A\",\n     \"pagerank\": 0.5, \"betweenness\": 0, \"community\": 0, \"lineage_depth\": 0}\n  ],\n  \"edges\": []\n}\n");

        var error = Assert.Throws<DigestInputException>(() => GraphJsonReader.Read(json));

        Assert.Equal(3, error.Line);
        Assert.Contains("build the graph again", error.Message);
    }

    [Theory]
    [InlineData("{\"nodes\": [{\"id\": \"method:a\", \"label\": \"Method\", \"name\": \"A\"}", "open JSON object or array")]
    [InlineData("{\"nodes\": [], \"edges\": []} trailing", "invalid after a single JSON value")]
    [InlineData("[1, 2]", "expected StartObject")]
    public void Should_Refuse_A_File_That_Is_Not_A_Whole_Graph_Object(string text, string reason)
    {
        var json = Path.Combine(_dir, "cut.json");
        File.WriteAllText(json, text);

        var error = Assert.Throws<DigestInputException>(() => GraphJsonReader.Load(json, deferEvidence: true, bufferSize: 16));

        Assert.Contains("not a Digest graph.json", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Should_Answer_From_Stored_Metrics_As_From_Recomputed_Ones_On_The_Shared_Sample()
    {
        var stored = GraphJsonReader.ReadForAnalysis(WriteShared());
        var fromFile = KnowledgeGraph.From(stored.Data, stored.Evidence);
        var recomputed = KnowledgeGraph.From(stored.Data with { Metrics = EquatableArray<EntityMetrics>.Empty }, stored.Evidence);
        object Top(KnowledgeGraph graph, RankingMeasure measure) =>
            string.Join(" ", new RankingAnalysis(graph).Top(measure, 40).Select(e => $"{e.Entity.Id}={e.Score}"));
        object Groups(IReadOnlyList<CommunityGroup> groups) =>
            string.Join(" | ", groups.Select(g => $"{g.Id}: {string.Join(",", g.Members.Select(m => m.Id))}"));

        Assert.True(fromFile.HasMetrics);
        Assert.False(recomputed.HasMetrics);
        Assert.Equal(Top(recomputed, RankingMeasure.PageRank), Top(fromFile, RankingMeasure.PageRank));
        Assert.Equal(Top(recomputed, RankingMeasure.Betweenness), Top(fromFile, RankingMeasure.Betweenness));
        Assert.Equal(GraphMetrics.LineageDepths(recomputed), GraphMetrics.LineageDepths(fromFile));
        var (a, b) = (CommunityAnalysis.Compute(recomputed), CommunityAnalysis.Compute(fromFile));
        Assert.Equal(a.Modularity, b.Modularity);
        Assert.Equal(Groups(a.Communities), Groups(b.Communities));
        Assert.Equal(Groups(a.Components), Groups(b.Components));
        Assert.True(a.Communities.Count > 1 && a.Communities[0].Members.Count > 1);
    }
}
