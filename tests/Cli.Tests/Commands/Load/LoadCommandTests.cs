using Digest.GraphLoader.Tests.Neo4j;
using Digest.Tests.Shared;
using static Digest.Cli.Tests.CliRunner;

namespace Digest.Cli.Tests.Commands.Load;

public sealed class LoadCommandTests : IAsyncLifetime
{
    private readonly string _out = Directory.CreateTempSubdirectory("digest-load-").FullName;
    private QueryApiStub _stub = null!;

    private string GraphPath => Path.Combine(_out, "graph.json");

    public async Task InitializeAsync()
    {
        _stub = await QueryApiStub.StartAsync();
        var (code, _, error) = await Run("build", RepoPaths.SampleDigest, "--out", _out);
        Assert.True(code == 0, error);
    }

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        Directory.Delete(_out, recursive: true);
    }

    private Task<(int Code, string Out, string Err)> Load(params string[] extra) =>
        Run(["load", "--graph", GraphPath, "--neo4j", _stub.Endpoint.ToString(), "--database", "neo4j", "--user", "neo4j", .. extra]);

    [Fact]
    public async Task Should_Print_Statements_And_Batch_Sizes_Without_Sending_On_A_Dry_Run_Of_The_Shared_Sample()
    {
        var (code, output, _) = await Load("--dry-run", "--batch-size", "20", "--prune");

        Assert.Equal(0, code);
        Assert.Contains("Dry run (nothing sent)", output);
        Assert.Contains("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;", output);
        Assert.Contains("// 4. merge articles ($rows: 10 rows)", output);
        Assert.Contains("MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n;", output);
        Assert.Empty(_stub.Requests);
        Assert.False(File.Exists(Path.Combine(_out, "load-manifest.json")));
    }

    [Fact]
    public async Task Should_Load_The_Shared_Sample_Then_Send_Nothing_The_Second_Time()
    {
        var (code, output, error) = await Load();

        Assert.True(code == 0, error);
        Assert.Contains("full (no load manifest beside the graph)", output);
        Assert.Matches(@"nodes: \d+ created, 0 updated, 0 deleted", output);
        Assert.Contains("constraints added: 2, indexes added: 1", output);
        Assert.True(File.Exists(Path.Combine(_out, "load-manifest.json")));
        Assert.Contains("load: 100%", error);
        var nodes = _stub.Graph.Nodes.Count;

        var (again, second, _) = await Load();

        Assert.Equal(0, again);
        Assert.Contains("Loading 0 rows", second);
        Assert.Contains("incremental", second);
        Assert.Equal(nodes, _stub.Graph.Nodes.Count);
    }

    [Fact]
    public async Task Should_Send_Only_The_Changes_Of_A_Rebuild_Without_The_Last_Shared_Sample_Article_And_Prune_Them()
    {
        await Load();
        var nodes = _stub.Graph.Nodes.Count;
        var blocks = File.ReadAllText(RepoPaths.SampleDigest).TrimEnd().Split("\n\n");
        var shorter = Path.Combine(_out, "shorter.txt");
        File.WriteAllText(shorter, string.Join("\n\n", blocks[..^2]) + "\n"); // without the last title and body
        var (built, _, buildError) = await Run("build", shorter, "--out", _out);
        Assert.True(built == 0, buildError);

        var (code, output, error) = await Load("--prune");

        Assert.True(code == 0, error);
        Assert.Contains("incremental (the load manifest matches", output);
        Assert.Matches(@"Loading \d+ rows", output);
        Assert.DoesNotContain("Loading 0 rows", output); // counts of entities shared with the removed article changed
        Assert.Matches(@"nodes: 0 created, \d+ updated, [1-9]\d* deleted", output);
        Assert.True(_stub.Graph.Nodes.Count < nodes);
        Assert.Equal(9, _stub.Graph.Count("Article"));
    }

    [Fact]
    public async Task Should_Load_In_Full_Again_With_Full()
    {
        await Load();

        var (code, output, _) = await Load("--full");

        Assert.Equal(0, code);
        Assert.Contains("full (--full)", output);
        Assert.Matches(@"nodes: 0 created, \d+ updated", output);
    }

    [Fact]
    public async Task Should_Fail_Naming_The_Statement_And_Code_When_The_Database_Is_Missing()
    {
        var (code, _, error) = await Run("load", "--graph", GraphPath, "--neo4j", _stub.Endpoint.ToString(), "--database", "papers", "--user", "neo4j");

        Assert.Equal(1, code);
        Assert.Contains("error: Neo4j: create constraints and indexes: Neo.ClientError.Database.DatabaseNotFound", error);
        Assert.False(File.Exists(Path.Combine(_out, "load-manifest.json")));
    }

    [Fact]
    public async Task Should_Fail_With_One_Line_Naming_The_Manifest_When_It_Cannot_Be_Written()
    {
        Directory.CreateDirectory(Path.Combine(_out, "load-manifest.json"));

        var (code, _, error) = await Load();

        Assert.Equal(1, code);
        Assert.Contains(error.Split('\n'), line => line.StartsWith("error: ", StringComparison.Ordinal) && line.Contains("load-manifest.json", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", error);
    }

    [Fact]
    public async Task Should_Fail_When_The_Graph_File_Is_Missing()
    {
        var (code, _, error) = await Run("load", "--graph", Path.Combine(_out, "none.json"), "--dry-run");

        Assert.Equal(1, code);
        Assert.Contains("none.json", error);
    }

    [Fact]
    public async Task Should_Reject_An_Address_With_A_Scheme_It_Cannot_Speak()
    {
        var (code, _, error) = await Run("load", "--graph", GraphPath, "--neo4j", "neo4j+ssc://example.org", "--dry-run");

        Assert.Equal(1, code);
        Assert.Contains("scheme neo4j+ssc is not supported", error);
    }
}
