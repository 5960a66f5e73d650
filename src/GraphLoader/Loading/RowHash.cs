using System.Security.Cryptography;
using System.Text;
using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Loading;

/// <summary>A short, stable hash of what a row makes Neo4j hold: its statement (so a changed statement resends everything) and its data.</summary>
internal static class RowHash
{
    /// <summary>The hash as 16 hex digits.</summary>
    /// <param name="row">The row.</param>
    public static string Of(CypherRow row)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(row.Statement + "\n"));
        hash.AppendData(ParameterJson.ToUtf8Bytes(row.Row));
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }
}
