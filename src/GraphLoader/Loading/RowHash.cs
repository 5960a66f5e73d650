using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Digest.GraphLoader.Cypher;

namespace Digest.GraphLoader.Loading;

/// <summary>A short, stable hash of what a row makes Neo4j hold: its statement (so a changed statement resends everything) and its data.</summary>
internal static class RowHash
{
    /// <summary>The hash as 16 hex digits.</summary>
    /// <param name="row">The row.</param>
    public static string Of(CypherRow row)
    {
        var bytes = Encoding.UTF8.GetBytes(row.Statement + "\n" + JsonSerializer.Serialize(row.Row));
        return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8));
    }
}
