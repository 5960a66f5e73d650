using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Loading;

/// <summary>What a load did, from the Query API's counters.</summary>
/// <param name="Counters">The summed counters of every statement.</param>
/// <param name="Statements">Statements sent.</param>
/// <param name="RowsSent">Data rows sent.</param>
public sealed record LoadSummary(QueryCounters Counters, int Statements, int RowsSent);
