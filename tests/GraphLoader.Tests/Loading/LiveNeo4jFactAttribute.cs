namespace Digest.GraphLoader.Tests.Loading;

/// <summary>A fact that runs only against a real Neo4j: when <c>NEO4J_URI</c> is set (README, "Neo4j": docker compose up -d).</summary>
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public LiveNeo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            Skip = "NEO4J_URI is not set: no real Neo4j to load into (docker compose up -d, then NEO4J_URI=http://localhost:7474 NEO4J_PASSWORD=… ./test.sh)";
        }
    }
}
