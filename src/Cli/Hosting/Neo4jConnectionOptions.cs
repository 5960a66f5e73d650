using System.CommandLine;
using Digest.GraphLoader.Neo4j;
using Microsoft.Extensions.Configuration;

namespace Digest.Cli.Hosting;

/// <summary>
/// The connection options shared by <c>load</c> and <c>query</c>. Each setting comes from the
/// command line, else the standard environment variables (<c>NEO4J_URI</c>, <c>NEO4J_DATABASE</c>,
/// <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>), else <c>appsettings.json</c>'s <c>Neo4j</c> section,
/// else a local default. The password has no option: it never appears on a command line.
/// </summary>
public sealed class Neo4jConnectionOptions
{
    /// <summary>The server address.</summary>
    public Option<string?> Uri { get; } = new("--neo4j") { Description = "Neo4j HTTP address, e.g. http://localhost:7474 (default: NEO4J_URI, appsettings Neo4j:Uri, http://localhost:7474)" };

    /// <summary>The database.</summary>
    public Option<string?> Database { get; } = new("--database") { Description = "Database name (default: NEO4J_DATABASE, appsettings Neo4j:Database, neo4j)" };

    /// <summary>The user.</summary>
    public Option<string?> User { get; } = new("--user") { Description = "User name (default: NEO4J_USERNAME, appsettings Neo4j:User, neo4j); the password comes from NEO4J_PASSWORD" };

    /// <summary>The per-request timeout.</summary>
    public Option<double?> Timeout { get; } = new("--timeout") { Description = "Seconds one request may take (default: appsettings Neo4j:TimeoutSeconds, 60)" };

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        command.Options.Add(Uri);
        command.Options.Add(Database);
        command.Options.Add(User);
        command.Options.Add(Timeout);
    }

    /// <summary>Resolves the settings.</summary>
    /// <param name="parseResult">The command line.</param>
    /// <param name="configuration">Environment and appsettings.json.</param>
    /// <param name="note">Set when the address was mapped from a Bolt URI.</param>
    /// <exception cref="ArgumentException">An invalid address or number.</exception>
    public Neo4jSettings Resolve(ParseResult parseResult, IConfiguration configuration, out string? note)
    {
        var section = configuration.GetSection("Neo4j");
        string Pick(string? option, string env, string key, string fallback) =>
            option ?? NonEmpty(configuration[env]) ?? NonEmpty(section[key]) ?? fallback;

        var uri = Neo4jEndpoint.Parse(Pick(parseResult.GetValue(Uri), "NEO4J_URI", "Uri", "http://localhost:7474"), out note);
        var timeout = parseResult.GetValue(Timeout) ?? Number(section["TimeoutSeconds"], "Neo4j:TimeoutSeconds") ?? 60;
        var attempts = Number(section["MaxAttempts"], "Neo4j:MaxAttempts") ?? 5;
        var delay = Number(section["RetryDelaySeconds"], "Neo4j:RetryDelaySeconds") ?? 0.5;
        if (timeout <= 0 || attempts < 1 || delay < 0)
        {
            throw new ArgumentException("timeouts must be positive and Neo4j:MaxAttempts at least 1");
        }

        return new Neo4jSettings(
            uri,
            Pick(parseResult.GetValue(Database), "NEO4J_DATABASE", "Database", "neo4j"),
            Pick(parseResult.GetValue(User), "NEO4J_USERNAME", "User", "neo4j"),
            NonEmpty(configuration["NEO4J_PASSWORD"]) ?? NonEmpty(section["Password"]),
            TimeSpan.FromSeconds(timeout),
            (int)attempts,
            TimeSpan.FromSeconds(delay));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static double? Number(string? value, string name) =>
        NonEmpty(value) is not { } text ? null
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number
        : throw new ArgumentException($"appsettings {name}: '{text}' is not a number");
}
