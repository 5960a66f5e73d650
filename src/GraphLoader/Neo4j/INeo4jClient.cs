namespace Digest.GraphLoader.Neo4j;

/// <summary>Runs Cypher against one Neo4j database. The HTTP Query API implements it today; a Bolt driver could replace it.</summary>
public interface INeo4jClient
{
    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient failures.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Its result and counters.</returns>
    /// <exception cref="Neo4jException">Neo4j rejected it, or it kept failing.</exception>
    Task<QueryResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken);

    /// <summary>Runs statements in one explicit transaction that commits only if all succeed; a transient failure retries the whole transaction.</summary>
    /// <param name="statements">The statements, in order.</param>
    /// <param name="cancellationToken">Cancels the call (the transaction is rolled back).</param>
    /// <returns>One result per statement.</returns>
    /// <exception cref="Neo4jException">Neo4j rejected one, or it kept failing.</exception>
    Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken);
}
