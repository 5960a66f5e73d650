using Digest.GraphLoader.Cypher;

namespace Digest.GraphLoader.Loading;

/// <summary>How to load.</summary>
/// <param name="BatchSize">Rows per <c>UNWIND $rows</c> statement.</param>
/// <param name="Prune">Remove from Neo4j what the current graph no longer has.</param>
/// <param name="Full">Send everything even when a valid manifest would allow sending only changes.</param>
public sealed record LoadOptions(int BatchSize = CypherBatches.DefaultBatchSize, bool Prune = false, bool Full = false);
