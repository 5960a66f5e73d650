using System.Text;
using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Tests.Neo4j;

public sealed class QueryApiClientTests : IAsyncLifetime
{
    private QueryApiStub _stub = null!;

    public async Task InitializeAsync()
    {
        _stub = await QueryApiStub.StartAsync();
        _stub.Credentials = ("neo4j", "s3cret-π");
    }

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private QueryApiClient Client(string password = "s3cret-π", string database = "neo4j", double timeoutSeconds = 5, List<string>? retries = null) =>
        new(new Neo4jSettings(_stub.Endpoint, database, "neo4j", password, TimeSpan.FromSeconds(timeoutSeconds), 3, TimeSpan.FromMilliseconds(10)),
            (attempt, e) => retries?.Add($"{attempt}: {e.Message}"));

    private static Neo4jStatement MarkerWrite(string id) =>
        new("record the load marker", GraphLoader.Cypher.LoadStatements.WriteMarker, new Dictionary<string, object?> { ["loadId"] = id });

    private static Neo4jStatement MarkerRead() =>
        new("read the load marker", GraphLoader.Cypher.LoadStatements.ReadMarker, new Dictionary<string, object?>());

    [Fact]
    public async Task Should_Post_The_Documented_Body_With_Basic_Auth_And_Read_Counters()
    {
        using var client = Client();

        var result = await client.RunAsync(MarkerWrite("abc"), CancellationToken.None);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret-π")), request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal("application/json", request.Accept);
        Assert.True(request.IncludeCounters);
        Assert.Equal("abc", request.Parameters!["loadId"]!.GetValue<string>());
        Assert.Equal(1, result.Counters.NodesCreated);
        Assert.Equal(1, result.Counters.PropertiesSet);
    }

    [Fact]
    public async Task Should_Read_Fields_And_Values()
    {
        using var client = Client();
        await client.RunAsync(MarkerWrite("load-1"), CancellationToken.None);

        var result = await client.RunAsync(MarkerRead(), CancellationToken.None);

        Assert.Equal(["loadId"], result.Fields);
        Assert.Equal("load-1", Assert.Single(result.Values)[0].GetString());
    }

    [Fact]
    public async Task Should_Fail_Without_Retrying_When_The_Password_Is_Wrong()
    {
        using var client = Client(password: "wrong");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(MarkerWrite("x"), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("record the load marker", error.Message);
        Assert.Contains("NEO4J_PASSWORD", error.Message);
        Assert.DoesNotContain("wrong", error.Message);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task Should_Name_The_Code_When_The_Database_Does_Not_Exist()
    {
        using var client = Client(database: "papers");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(MarkerWrite("x"), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        Assert.Equal("/db/papers/query/v2", Assert.Single(_stub.Requests).Path);
    }

    [Fact]
    public async Task Should_Stop_On_A_Syntax_Error_Naming_Purpose_And_Code()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("find lineage", "MATCH (n RETURN n", new Dictionary<string, object?>()), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
        Assert.StartsWith("find lineage: Neo.ClientError.Statement.SyntaxError: ", error.Message);
        Assert.Single(_stub.Requests);
    }

    [Theory]
    [InlineData(StubFault.TransientError)]
    [InlineData(StubFault.ServiceUnavailable)]
    [InlineData(StubFault.DropConnection)]
    public async Task Should_Retry_A_Transient_Failure_Then_Succeed(StubFault fault)
    {
        var retries = new List<string>();
        using var client = Client(retries: retries);
        _stub.InjectNext(fault);

        var result = await client.RunAsync(MarkerWrite("x"), CancellationToken.None);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Single(retries);
        Assert.Equal(1, result.Counters.NodesCreated);
        Assert.Equal("x", _stub.Graph.MarkerLoadId);
    }

    [Fact]
    public async Task Should_Retry_A_Refused_Connection_Then_Name_The_Server()
    {
        var retries = new List<string>();
        var closed = await QueryApiStub.StartAsync();
        var endpoint = closed.Endpoint;
        await closed.DisposeAsync(); // nothing listens on that port any more
        using var client = new QueryApiClient(new Neo4jSettings(endpoint, "neo4j", "neo4j", "pw", TimeSpan.FromSeconds(5), 3, TimeSpan.FromMilliseconds(10)), (attempt, e) => retries.Add(e.Message));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(MarkerWrite("x"), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("cannot talk to " + endpoint.GetLeftPart(UriPartial.Authority) + "/db/neo4j", error.Message);
        Assert.Equal(2, retries.Count);
    }

    [Fact]
    public async Task Should_Give_Up_After_The_Last_Attempt_With_The_Transient_Code()
    {
        using var client = Client();
        _stub.InjectNext(StubFault.TransientError, times: 3);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(MarkerWrite("x"), CancellationToken.None));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.True(error.IsTransient);
        Assert.Equal(3, _stub.Requests.Count);
        Assert.Null(_stub.Graph.MarkerLoadId);
    }

    [Fact]
    public async Task Should_Time_Out_Each_Attempt_And_Say_So()
    {
        // 1.5 s per attempt, well under the stub's delay: on a loaded machine 0.5 s sometimes ran out before a retry's
        // fresh connection had even delivered the request.
        using var client = Client(timeoutSeconds: 1.5);
        await client.RunAsync(MarkerRead(), CancellationToken.None); // warm up server and client, so only the delays can time out

        // Longer than the three attempts with their backoff: a delayed write whose dropped connection the stub does not
        // notice under load must not complete, and land, while the test still runs.
        _stub.Delay = TimeSpan.FromSeconds(10);
        _stub.InjectNext(StubFault.Delay, times: 3);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(MarkerWrite("x"), CancellationToken.None));

        Assert.Contains("no answer", error.Message);
        Assert.Null(error.Code);
        Assert.True(_stub.Requests.Count >= 4, "each of the 3 attempts reached the server"); // the HTTP stack may resend once on a connection the stub dropped
        Assert.Null(_stub.Graph.MarkerLoadId);
    }

    [Fact]
    public async Task Should_Open_Run_And_Commit_An_Explicit_Transaction()
    {
        using var client = Client();

        var results = await client.RunInTransactionAsync([MarkerWrite("a"), MarkerWrite("b")], CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/tx1", "/db/neo4j/query/v2/tx/tx1/commit"], _stub.Requests.Select(r => r.Path));
        Assert.Equal("b", _stub.Graph.MarkerLoadId);
    }

    [Fact]
    public async Task Should_Change_Nothing_When_A_Statement_In_The_Transaction_Fails()
    {
        using var client = Client();
        var bad = new Neo4jStatement("prune", "DELETE everything", new Dictionary<string, object?>());

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunInTransactionAsync([MarkerWrite("a"), bad], CancellationToken.None));

        Assert.Equal("prune", error.Purpose);
        Assert.Null(_stub.Graph.MarkerLoadId);
        Assert.DoesNotContain(_stub.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Retry_The_Whole_Transaction_After_A_Transient_Failure_Inside_It()
    {
        using var client = Client();
        _stub.Inject(2, StubFault.DropConnection);

        await client.RunInTransactionAsync([MarkerWrite("a"), MarkerWrite("b")], CancellationToken.None);

        Assert.Equal("b", _stub.Graph.MarkerLoadId);
        Assert.Contains(_stub.Requests, r => r.Method == "DELETE");
        Assert.Equal(2, _stub.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
    }
}
