namespace Digest.GraphLoader.Neo4j;

/// <summary>Runs an operation again after a transient <see cref="Neo4jException"/>, with exponential back-off and a bound on attempts.</summary>
/// <param name="maxAttempts">Attempts in all (at least 1).</param>
/// <param name="firstDelay">The delay after the first failure; it doubles each time.</param>
/// <param name="maxDelay">The longest delay.</param>
internal sealed class RetryPolicy(int maxAttempts, TimeSpan firstDelay, TimeSpan maxDelay)
{
    /// <summary>Called before each retry with the attempt that failed and the error (for progress output).</summary>
    public Action<int, Neo4jException>? OnRetry { get; init; }

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1.</summary>
    /// <param name="attempt">The 1-based attempt that failed.</param>
    public TimeSpan DelayAfter(int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(firstDelay.Ticks * factor, maxDelay.Ticks));
    }

    /// <summary>Runs <paramref name="operation"/> until it succeeds, fails for good, or attempts run out.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels waiting and the operation.</param>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsTransient && attempt < Math.Max(1, maxAttempts))
            {
                OnRetry?.Invoke(attempt, e);
                await Task.Delay(DelayAfter(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
