using Digest.Extractor.Model;
using Digest.GraphLoader.Loading;
using Digest.GraphLoader.Neo4j;
using Digest.GraphLoader.Queries;

namespace Digest.GraphLoader.Tests.Loading;

/// <summary>Loads the shared sample into the real Neo4j named by NEO4J_URI (it adds the sample's nodes there; it never prunes) and checks what the server holds.</summary>
public sealed class LiveNeo4jTests
{
    private static Neo4jSettings Settings() => new(
        Neo4jEndpoint.Parse(Environment.GetEnvironmentVariable("NEO4J_URI")!, out _),
        Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
        Environment.GetEnvironmentVariable("NEO4J_USERNAME") is { Length: > 0 } user ? user : "neo4j",
        Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        TimeSpan.FromSeconds(60),
        5,
        TimeSpan.FromSeconds(1));

    private static async Task<long> Count(QueryApiClient client, string statement, object parameter)
    {
        var result = await client.RunAsync(new Neo4jStatement("count", statement, new Dictionary<string, object?> { ["keys"] = parameter }), CancellationToken.None);
        return Assert.Single(result.Values)[0].GetInt64();
    }

    [LiveNeo4jFact]
    public async Task Should_Hold_The_Shared_Sample_After_Loading_It_Twice()
    {
        var graph = SampleGraphs.Full;
        var settings = Settings();
        using var client = new QueryApiClient(settings);
        var loader = new Neo4jLoader(client);

        await loader.LoadAsync(LoadPlanner.Plan(graph, new LoadOptions(BatchSize: 25), settings.Target, null, null), null, CancellationToken.None);
        var again = await loader.LoadAsync(LoadPlanner.Plan(graph, new LoadOptions(BatchSize: 25, Full: true), settings.Target, null, null), null, CancellationToken.None);

        Assert.Equal(0, again.Counters.NodesCreated);
        Assert.Equal(0, again.Counters.RelationshipsCreated);
        Assert.Equal(graph.Entities.Count, await Count(client, "MATCH (n:Entity) WHERE n.id IN $keys RETURN count(n)", graph.Entities.Select(e => e.Id).ToArray()));
        Assert.Equal(graph.Articles.Count, await Count(client, "MATCH (n:Article) WHERE n.id IN $keys RETURN count(n)", graph.Articles.Select(a => a.Id).ToArray()));
        var relations = graph.Relations.Select(r => new Dictionary<string, object?> { ["s"] = r.SourceId, ["t"] = r.TargetId, ["type"] = SchemaNames.Name(r.Type) }).ToArray();
        Assert.Equal(graph.Relations.Count, await Count(client, "UNWIND $keys AS k MATCH (s:Entity {id: k.s})-[r]->(t:Entity {id: k.t}) WHERE type(r) = k.type RETURN count(r)", relations));
        Assert.Equal(graph.Mentions.Count, await Count(client, "UNWIND $keys AS k MATCH (:Article {id: k})-[r:MENTIONS]->(:Entity) RETURN count(r)", graph.Articles.Select(a => a.Id).ToArray()));
    }

    [LiveNeo4jFact]
    public async Task Should_Run_Every_Saved_Query_With_Sample_Names()
    {
        using var client = new QueryApiClient(Settings());
        var values = new Dictionary<string, string> { ["name"] = "S4", ["from"] = "S4", ["to"] = "HiPPO", ["title"] = SampleGraphs.Full.Articles[0].Title };
        foreach (var query in SavedQueries.All)
        {
            var parameters = query.Bind(values.Where(v => query.Parameters.Any(p => p.Name == v.Key)).ToDictionary());

            var result = await client.RunAsync(new Neo4jStatement(query.Name, query.Statement, parameters), CancellationToken.None);

            Assert.NotEmpty(result.Fields);
        }
    }
}
