using Digest.Extractor.Model;
using Digest.GraphLoader.Loading;
using Digest.GraphLoader.Neo4j;
using Digest.GraphLoader.Tests.Neo4j;

namespace Digest.GraphLoader.Tests.Loading;

public sealed class Neo4jLoaderTests : IAsyncLifetime
{
    private QueryApiStub _stub = null!;
    private QueryApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _stub = await QueryApiStub.StartAsync();
        _client = new QueryApiClient(Settings("neo4j"));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _stub.DisposeAsync();
    }

    private Neo4jSettings Settings(string database) =>
        new(_stub.Endpoint, database, "neo4j", "pw", TimeSpan.FromSeconds(10), 4, TimeSpan.FromMilliseconds(10));

    private async Task<(LoadPlan Plan, LoadSummary Summary)> Load(KnowledgeGraphData graph, LoadManifest? previous, LoadOptions? options = null)
    {
        var loader = new Neo4jLoader(_client);
        var marker = previous is null ? null : await loader.ReadMarkerAsync(CancellationToken.None);
        var plan = LoadPlanner.Plan(graph, options ?? new LoadOptions(BatchSize: 20), Settings("neo4j").Target, previous, marker);
        return (plan, await loader.LoadAsync(plan, null, CancellationToken.None));
    }

    private void AssertHolds(KnowledgeGraphData graph)
    {
        Assert.Equal(graph.Articles.Count, _stub.Graph.Count(SchemaNames.ArticleLabel));
        Assert.Equal(graph.Entities.Count, _stub.Graph.Count(SchemaNames.EntityLabel));
        Assert.Equal(graph.Mentions.Count, _stub.Graph.CountRelationships("MENTIONS"));
        Assert.Equal(graph.Relations.Count, _stub.Graph.Relationships.Count - graph.Mentions.Count);
        foreach (var entity in graph.Entities)
        {
            var node = _stub.Graph.Nodes[entity.Id];
            Assert.Contains(SchemaNames.Label(entity.Type), node.Labels);
            Assert.Equal(entity.Name, node.Properties["name"]!.GetValue<string>());
            Assert.Equal(entity.MentionCount, node.Properties["mentions"]!.GetValue<int>());
        }

        foreach (var relation in graph.Relations)
        {
            var properties = _stub.Graph.Relationships[(SchemaNames.Name(relation.Type), relation.SourceId, relation.TargetId)];
            Assert.Equal(relation.Evidence.Count, properties["evidence"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task Should_Load_The_Shared_Sample_In_Batches_With_Counts_From_The_Counters()
    {
        var graph = SampleGraphs.Full;

        var (plan, summary) = await Load(graph, null);

        var rows = graph.Articles.Count + graph.Entities.Count + graph.Mentions.Count + graph.Relations.Count;
        Assert.Equal(rows, plan.RowsSent);
        Assert.All(plan.Batches, b => Assert.InRange(b.Rows.Count, 1, 20));
        Assert.Equal(graph.Articles.Count + graph.Entities.Count + 1, summary.Counters.NodesCreated); // + the load marker
        Assert.Equal(graph.Mentions.Count + graph.Relations.Count, summary.Counters.RelationshipsCreated);
        Assert.Equal(2, summary.Counters.ConstraintsAdded);
        Assert.Equal(1, summary.Counters.IndexesAdded);
        var requests = _stub.Requests;
        Assert.StartsWith("CREATE CONSTRAINT", requests[0].Statement);
        Assert.All(requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        AssertHolds(graph);
    }

    [Fact]
    public async Task Should_Leave_The_Same_Counts_When_The_Shared_Sample_Is_Loaded_Twice_In_Full()
    {
        var graph = SampleGraphs.Full;
        await Load(graph, null);

        var (_, second) = await Load(graph, null, new LoadOptions(BatchSize: 7, Full: true));

        Assert.Equal(0, second.Counters.NodesCreated);
        Assert.Equal(0, second.Counters.RelationshipsCreated);
        Assert.Equal(0, second.Counters.ConstraintsAdded);
        AssertHolds(graph);
    }

    [Fact]
    public async Task Should_Prune_What_Only_Removed_Articles_Supported_In_The_Shared_Sample()
    {
        await Load(SampleGraphs.Full, null);
        var smaller = SampleGraphs.WithoutLast(3);
        Assert.True(smaller.Entities.Count < SampleGraphs.Full.Entities.Count);

        var (plan, summary) = await Load(smaller, null, new LoadOptions(Prune: true));

        Assert.False(plan.Incremental);
        Assert.Equal(SampleGraphs.Full.Articles.Count - smaller.Articles.Count + SampleGraphs.Full.Entities.Count - smaller.Entities.Count, summary.Counters.NodesDeleted);
        AssertHolds(smaller);
    }

    [Fact]
    public async Task Should_Keep_Removed_Articles_Without_Prune()
    {
        await Load(SampleGraphs.Full, null);

        await Load(SampleGraphs.WithoutLast(3), null);

        Assert.Equal(SampleGraphs.Full.Entities.Count, _stub.Graph.Count(SchemaNames.EntityLabel));
    }

    [Fact]
    public async Task Should_Finish_The_Shared_Sample_When_The_Connection_Drops_Mid_Load()
    {
        _stub.Inject(6, StubFault.DropConnection);
        _stub.Inject(9, StubFault.ServiceUnavailable);
        _stub.Inject(10, StubFault.TransientError);

        await Load(SampleGraphs.Full, null);

        AssertHolds(SampleGraphs.Full);
    }

    [Fact]
    public async Task Should_Stop_Naming_The_Batch_When_Drops_Outlast_The_Retries_Then_Recover_On_The_Next_Load()
    {
        var plan = LoadPlanner.Plan(SampleGraphs.Full, new LoadOptions(BatchSize: 20), Settings("neo4j").Target, null, null);
        _stub.InjectNext(StubFault.DropConnection, times: 4); // every attempt of the first statement
        _stub.Wipe();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jLoader(_client).LoadAsync(plan, null, CancellationToken.None));

        Assert.Equal("create constraints and indexes", error.Purpose);
        Assert.Null(_stub.Graph.MarkerLoadId);
        await Load(SampleGraphs.Full, null);
        AssertHolds(SampleGraphs.Full);
    }

    [Fact]
    public async Task Should_Send_Only_Changed_Rows_When_The_Manifest_Matches_The_Database()
    {
        var smaller = SampleGraphs.WithoutLast(2);
        var (first, _) = await Load(smaller, null);

        var (second, summary) = await Load(SampleGraphs.Full, first.Manifest);

        Assert.True(second.Incremental, second.Reason);
        Assert.InRange(second.RowsSent, 1, first.RowsSent);
        Assert.True(second.RowsUnchanged > 0);
        Assert.Equal(SampleGraphs.Full.Articles.Count - smaller.Articles.Count + SampleGraphs.Full.Entities.Count - smaller.Entities.Count, summary.Counters.NodesCreated);
        AssertHolds(SampleGraphs.Full);

        var (third, _) = await Load(SampleGraphs.Full, second.Manifest);
        Assert.Equal(0, third.RowsSent);
    }

    [Fact]
    public async Task Should_Equal_A_Full_Load_When_An_Incremental_Load_Prunes()
    {
        var (first, _) = await Load(SampleGraphs.Full, null);
        var smaller = SampleGraphs.WithoutLast(3);

        var (second, _) = await Load(smaller, first.Manifest, new LoadOptions(Prune: true));

        Assert.True(second.Incremental, second.Reason);
        AssertHolds(smaller);
        var incremental = _stub.Graph.Clone();
        _stub.Wipe();
        await Load(smaller, null);
        Assert.Equal(_stub.Graph.Nodes.Keys.Order(), incremental.Nodes.Keys.Order());
        Assert.Equal(_stub.Graph.Relationships.Keys.Order(), incremental.Relationships.Keys.Order());
        foreach (var (id, node) in _stub.Graph.Nodes)
        {
            Assert.Equal(node.Labels.Order(), incremental.Nodes[id].Labels.Order());
            Assert.Equal(node.Properties.ToDictionary(p => p.Key, p => p.Value?.ToJsonString()), incremental.Nodes[id].Properties.ToDictionary(p => p.Key, p => p.Value?.ToJsonString()));
        }
    }

    [Fact]
    public async Task Should_Load_In_Full_When_The_Database_Was_Wiped_Since_The_Manifest()
    {
        var (first, _) = await Load(SampleGraphs.Full, null);
        _stub.Wipe();

        var (second, _) = await Load(SampleGraphs.Full, first.Manifest);

        Assert.False(second.Incremental);
        Assert.Contains("does not hold", second.Reason);
        AssertHolds(SampleGraphs.Full);
    }

    [Fact]
    public async Task Should_Load_In_Full_When_The_Manifest_Describes_Another_Database()
    {
        var (first, _) = await Load(SampleGraphs.Full, null);
        var other = first.Manifest with { Target = Settings("papers").Target };

        var plan = LoadPlanner.Plan(SampleGraphs.Full, new LoadOptions(), Settings("neo4j").Target, other, first.Manifest.LoadId);

        Assert.False(plan.Incremental);
        Assert.Contains("/db/papers", plan.Reason);
        Assert.Equal(first.RowsSent, plan.RowsSent);
    }
}
