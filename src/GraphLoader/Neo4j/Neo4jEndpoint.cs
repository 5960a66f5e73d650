namespace Digest.GraphLoader.Neo4j;

/// <summary>
/// Turns a server address into the HTTP(S) root of the Query API. <c>http</c>/<c>https</c> are used as
/// given. Driver URIs, as in a <c>NEO4J_URI</c> written for Bolt drivers, are mapped to the same
/// host: <c>neo4j://</c> and <c>bolt://</c> to <c>http://host:7474</c> (the default HTTP port),
/// <c>neo4j+s://</c> and <c>bolt+s://</c> to <c>https://host</c> (port 443, as on Aura). Any other
/// scheme, including <c>+ssc</c> (self-signed certificates), is rejected.
/// </summary>
public static class Neo4jEndpoint
{
    /// <summary>Parses an address.</summary>
    /// <param name="text">The address.</param>
    /// <param name="note">Set when a driver URI was mapped, saying to what.</param>
    /// <exception cref="ArgumentException">Not an address the Query API can be reached at.</exception>
    public static Uri Parse(string text, out string? note)
    {
        note = null;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{text}' is not a Neo4j address (expected http(s)://host:port)");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new ArgumentException("put no credentials in the Neo4j address: use --user and NEO4J_PASSWORD");
        }

        Uri mapped;
        switch (uri.Scheme)
        {
            case "http" or "https":
                return new UriBuilder(uri.Scheme, uri.Host, uri.Port).Uri;
            case "neo4j" or "bolt":
                mapped = new UriBuilder("http", uri.Host, 7474).Uri;
                break;
            case "neo4j+s" or "bolt+s":
                mapped = new UriBuilder("https", uri.Host, 443).Uri;
                break;
            default:
                throw new ArgumentException($"'{text}': scheme {uri.Scheme} is not supported; Digest talks to Neo4j's HTTP Query API, so give http(s)://host:port");
        }

        note = $"{text} is a Bolt driver address; using the Query API at {mapped.GetLeftPart(UriPartial.Authority)}";
        return mapped;
    }
}
