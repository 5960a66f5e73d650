namespace Digest.GraphLoader.Neo4j;

/// <summary>Where and how to reach Neo4j's HTTP Query API. <see cref="ToString"/> never shows the password.</summary>
/// <param name="Endpoint">The server's HTTP(S) root, e.g. <c>http://localhost:7474</c>.</param>
/// <param name="Database">The database name, e.g. <c>neo4j</c>.</param>
/// <param name="User">The user for Basic authentication, or null to send no credentials.</param>
/// <param name="Password">The password (from the environment or configuration, never the command line).</param>
/// <param name="Timeout">How long one HTTP request may take.</param>
/// <param name="MaxAttempts">How many times a transient failure is tried in all.</param>
/// <param name="RetryDelay">The first back-off delay; it doubles per attempt up to <see cref="MaxRetryDelay"/>.</param>
public sealed record Neo4jSettings(
    Uri Endpoint,
    string Database,
    string? User,
    string? Password,
    TimeSpan Timeout,
    int MaxAttempts,
    TimeSpan RetryDelay)
{
    /// <summary>The longest back-off delay between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The server and database, for messages and the load manifest (no credentials).</summary>
    public string Target => $"{Endpoint.GetLeftPart(UriPartial.Authority)}/db/{Database}";

    /// <inheritdoc />
    public override string ToString() => $"{Target} (user {User ?? "none"})";
}
