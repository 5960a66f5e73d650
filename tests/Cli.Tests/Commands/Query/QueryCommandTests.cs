using System.Text.Json;
using Digest.GraphLoader.Tests.Neo4j;
using static Digest.Cli.Tests.CliRunner;

namespace Digest.Cli.Tests.Commands.Query;

public sealed class QueryCommandTests : IAsyncLifetime
{
    private QueryApiStub _stub = null!;

    public async Task InitializeAsync()
    {
        _stub = await QueryApiStub.StartAsync();
        var s4 = new Dictionary<string, object?> { ["elementId"] = "4:x:1", ["labels"] = new[] { "Entity", "Method" }, ["properties"] = new Dictionary<string, object?> { ["name"] = "S4" } };
        var hippo = new Dictionary<string, object?> { ["elementId"] = "4:x:2", ["labels"] = new[] { "Entity", "Method" }, ["properties"] = new Dictionary<string, object?> { ["name"] = "HiPPO" } };
        var edge = new Dictionary<string, object?> { ["elementId"] = "5:x:3", ["startNodeElementId"] = "4:x:1", ["endNodeElementId"] = "4:x:2", ["type"] = "BUILDS_ON", ["properties"] = new Dictionary<string, object?>() };
        _stub.Answer = (statement, parameters) => statement.StartsWith("MATCH (m:Entity)", StringComparison.Ordinal)
            ? (["ancestor", "type", "depth", "path"], [["HiPPO", "Method", 1, new object[] { s4, edge, hippo }]])
            : null;
    }

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    private Task<(int Code, string Out, string Err)> Query(params string[] args) =>
        Run(["query", .. args, "--neo4j", _stub.Endpoint.ToString(), "--database", "neo4j", "--user", "neo4j"]);

    [Fact]
    public async Task Should_List_The_Saved_Queries_With_Their_Parameters()
    {
        var (code, output, _) = await Run("query", "--list");

        Assert.Equal(0, code);
        Assert.Contains("lineage: Ancestors of a method or model", output);
        Assert.Contains("--param depth=<int> (default 6)", output);
    }

    [Fact]
    public async Task Should_Send_The_Query_With_Typed_Parameters_And_Print_A_Table()
    {
        var (code, output, error) = await Query("lineage", "--param", "name=S4");

        Assert.True(code == 0, error);
        var request = Assert.Single(_stub.Requests);
        Assert.Equal("S4", request.Parameters!["name"]!.GetValue<string>());
        Assert.Equal(6, request.Parameters!["depth"]!.GetValue<int>());
        Assert.DoesNotContain("// name:", request.Statement);
        Assert.Contains("HiPPO    | Method | 1     | S4 -[BUILDS_ON]-> HiPPO", output);
        Assert.Contains("(1 row)", output);
    }

    [Fact]
    public async Task Should_Print_Csv_And_Json()
    {
        var (_, csv, _) = await Query("lineage", "--param", "name=S4", "--format", "csv");
        var (_, json, _) = await Query("lineage", "--param", "name=S4", "--format", "json");

        Assert.Equal("ancestor,type,depth,path\nHiPPO,Method,1,S4 -[BUILDS_ON]-> HiPPO\n", csv.ReplaceLineEndings("\n"));
        var row = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
        Assert.Equal(3, row.GetProperty("path").GetArrayLength());
    }

    [Fact]
    public async Task Should_Fail_On_A_Missing_Parameter_Without_Calling_Neo4j()
    {
        var (code, _, error) = await Query("lineage");

        Assert.Equal(1, code);
        Assert.Contains("needs --param name=", error);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Should_Fail_On_An_Unknown_Query()
    {
        var (code, _, error) = await Query("lineages");

        Assert.Equal(1, code);
        Assert.Contains("no saved query 'lineages'", error);
    }
}
