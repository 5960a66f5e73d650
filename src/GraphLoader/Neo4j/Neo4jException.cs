namespace Digest.GraphLoader.Neo4j;

/// <summary>A statement failed: Neo4j's error code and message, or the transport failure, with the statement's purpose.</summary>
public sealed class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="purpose">What the failed statement was for.</param>
    /// <param name="code">Neo4j's status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>), or null for a transport failure.</param>
    /// <param name="detail">Neo4j's message or the transport error.</param>
    /// <param name="isTransient">Whether trying again may succeed.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public Neo4jException(string purpose, string? code, string detail, bool isTransient, Exception? inner = null)
        : base($"{purpose}: {(code is null ? string.Empty : code + ": ")}{detail}", inner)
    {
        Purpose = purpose;
        Code = code;
        Detail = detail;
        IsTransient = isTransient;
    }

    /// <summary>What the failed statement was for.</summary>
    public string Purpose { get; }

    /// <summary>Neo4j's status code, or null for a transport failure.</summary>
    public string? Code { get; }

    /// <summary>Neo4j's message or the transport error.</summary>
    public string Detail { get; }

    /// <summary>Whether trying again may succeed (<c>Neo.TransientError.*</c>, 502/503/504, refused or reset connections, timeouts).</summary>
    public bool IsTransient { get; }
}
