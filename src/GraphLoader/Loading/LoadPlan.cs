using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Loading;

/// <summary>Everything one load sends, in order: schema statements, MERGE batches, prune statements (one transaction), then the marker.</summary>
/// <param name="Incremental">Whether only changes since the manifest's load are sent.</param>
/// <param name="Reason">Why the load is full or incremental, for the user.</param>
/// <param name="Schema">Constraints and indexes.</param>
/// <param name="Batches">The MERGE batches.</param>
/// <param name="Prune">Deletions of what the graph no longer has (empty without <c>--prune</c>).</param>
/// <param name="RowsUnchanged">Rows not sent because the database already holds them.</param>
/// <param name="NodeRowsSent">Of the rows sent, those that load nodes (the rest load relationships).</param>
/// <param name="Manifest">The manifest to write once the load succeeded.</param>
public sealed record LoadPlan(
    bool Incremental,
    string Reason,
    IReadOnlyList<Neo4jStatement> Schema,
    IReadOnlyList<CypherBatch> Batches,
    IReadOnlyList<Neo4jStatement> Prune,
    int RowsUnchanged,
    int NodeRowsSent,
    LoadManifest Manifest)
{
    /// <summary>Rows the batches send.</summary>
    public int RowsSent => Batches.Sum(b => b.Rows.Count);

    /// <summary>The statement that records this load on the database's marker node.</summary>
    public Neo4jStatement Marker => new("record the load marker", LoadStatements.WriteMarker, new Dictionary<string, object?> { ["loadId"] = Manifest.LoadId });

    /// <summary>Every statement in sending order, each batch as a statement with <c>$rows</c>.</summary>
    public IEnumerable<Neo4jStatement> Statements =>
        Schema.Concat(Batches.Select(ToStatement)).Concat(Prune).Append(Marker);

    /// <summary>A batch as a statement whose only parameter is <c>$rows</c>.</summary>
    /// <param name="batch">The batch.</param>
    public static Neo4jStatement ToStatement(CypherBatch batch) =>
        new(batch.Purpose, batch.Statement, new Dictionary<string, object?> { ["rows"] = batch.Rows });
}
