using System.Text.Json;
using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Loading;

/// <summary>Sends a <see cref="LoadPlan"/> to Neo4j: each schema statement and MERGE batch in its own transaction (all idempotent, so a retry is safe), the prune statements in one explicit transaction, then the marker.</summary>
/// <param name="client">The Neo4j client.</param>
public sealed class Neo4jLoader(INeo4jClient client)
{
    /// <summary>Reads the load id on the database's marker node; null when the database has none.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<string?> ReadMarkerAsync(CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(new Neo4jStatement("read the load marker", LoadStatements.ReadMarker, new Dictionary<string, object?>()), cancellationToken).ConfigureAwait(false);
        return result.Values.Count > 0 && result.Values[0].Count > 0 && result.Values[0][0].ValueKind == JsonValueKind.String
            ? result.Values[0][0].GetString()
            : null;
    }

    /// <summary>Runs the plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="progress">Told after each step.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The summed counters.</returns>
    /// <exception cref="Neo4jException">A statement failed for good; what ran before it stays (every step is idempotent).</exception>
    public async Task<LoadSummary> LoadAsync(LoadPlan plan, Action<LoadStep>? progress, CancellationToken cancellationToken)
    {
        var total = plan.Schema.Count + plan.Batches.Count + (plan.Prune.Count > 0 ? 1 : 0) + 1;
        var done = 0;
        var counters = QueryCounters.None;
        var statements = 0;

        async Task RunAsync(Neo4jStatement statement)
        {
            counters += (await client.RunAsync(statement, cancellationToken).ConfigureAwait(false)).Counters;
            statements++;
            progress?.Invoke(new LoadStep(++done, total, statement.Purpose));
        }

        foreach (var statement in plan.Schema)
        {
            await RunAsync(statement).ConfigureAwait(false);
        }

        foreach (var batch in plan.Batches)
        {
            await RunAsync(LoadPlan.ToStatement(batch)).ConfigureAwait(false);
        }

        if (plan.Prune.Count > 0)
        {
            foreach (var result in await client.RunInTransactionAsync(plan.Prune, cancellationToken).ConfigureAwait(false))
            {
                counters += result.Counters;
            }

            statements += plan.Prune.Count;
            progress?.Invoke(new LoadStep(++done, total, "prune"));
        }

        await RunAsync(plan.Marker).ConfigureAwait(false);
        return new LoadSummary(counters, statements, plan.RowsSent);
    }
}
