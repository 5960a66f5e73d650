namespace Digest.GraphLoader.Tests.Neo4j;

/// <summary>A failure the stub plays instead of (or before) answering one request.</summary>
public enum StubFault
{
    /// <summary>HTTP 503 with a non-JSON body, as a proxy in front of Neo4j answers.</summary>
    ServiceUnavailable,

    /// <summary>An error <c>Neo.TransientError.Transaction.DeadlockDetected</c>; nothing is applied.</summary>
    TransientError,

    /// <summary>The connection is dropped without an answer.</summary>
    DropConnection,

    /// <summary>The answer comes after <see cref="QueryApiStub.Delay"/>.</summary>
    Delay,
}
