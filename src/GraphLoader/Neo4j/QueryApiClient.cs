using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Digest.GraphLoader.Neo4j;

/// <summary>
/// <see cref="INeo4jClient"/> over Neo4j's HTTP Query API v2, as documented at
/// https://neo4j.com/docs/query-api/current/: <c>POST /db/{db}/query/v2</c> with
/// <c>{"statement", "parameters", "includeCounters": true}</c> (query.adoc, query-counters.adoc);
/// explicit transactions <c>POST …/query/v2/tx</c> → <c>transaction.id</c>, <c>POST …/tx/{id}</c>,
/// <c>POST …/tx/{id}/commit</c>, <c>DELETE …/tx/{id}</c>, replaying the
/// <c>neo4j-cluster-affinity</c> header (transactions.adoc); Basic authentication, UTF-8
/// (authentication-authorization.adoc); plain JSON (<c>Accept: application/json</c>, plain-json.adoc),
/// since typed JSON (<c>application/vnd.neo4j.query</c>) buys nothing for strings, numbers and lists.
/// Errors come as <c>{"errors": [{"code", "message"}]}</c>; <c>Neo.TransientError.*</c> may be retried
/// (status-codes/current/errors).
/// </summary>
public sealed class QueryApiClient : INeo4jClient, IDisposable
{
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly Neo4jSettings _settings;
    private readonly HttpClient _http;
    private readonly RetryPolicy _retry;
    private readonly string _queryPath;

    /// <summary>Creates a client.</summary>
    /// <param name="settings">Where to connect.</param>
    /// <param name="onRetry">Told about each retry (attempt that failed, its error), e.g. to print a warning.</param>
    /// <param name="handler">The HTTP handler (tests may pass their own); by default a pooled socket handler.</param>
    public QueryApiClient(Neo4jSettings settings, Action<int, Neo4jException>? onRetry = null, HttpMessageHandler? handler = null)
    {
        _settings = settings;
        var root = settings.Endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
        _http = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = settings.Timeout })
        {
            BaseAddress = new Uri(root),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _retry = new RetryPolicy(settings.MaxAttempts, settings.RetryDelay, settings.MaxRetryDelay) { OnRetry = onRetry };
        _queryPath = $"db/{Uri.EscapeDataString(settings.Database)}/query/v2";
    }

    /// <inheritdoc />
    public Task<QueryResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(
            async token =>
            {
                using var response = await SendAsync(HttpMethod.Post, _queryPath, statement, statement.Purpose, null, token).ConfigureAwait(false);
                return ParseResult(response.Body);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QueryResult>> RunInTransactionAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(token => RunTransactionOnceAsync(statements, token), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<IReadOnlyList<QueryResult>> RunTransactionOnceAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<QueryResult>();
        string? id = null;
        string? affinity = null;
        try
        {
            foreach (var statement in statements)
            {
                var path = id is null ? _queryPath + "/tx" : $"{_queryPath}/tx/{Uri.EscapeDataString(id)}";
                using var response = await SendAsync(HttpMethod.Post, path, statement, statement.Purpose, affinity, cancellationToken).ConfigureAwait(false);
                affinity ??= response.Affinity;
                id ??= response.Body.RootElement.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var txId)
                    ? txId.GetString()
                    : throw new Neo4jException(statement.Purpose, null, "the server opened no transaction (no transaction.id in its answer)", isTransient: false);
                results.Add(ParseResult(response.Body));
            }

            if (id is not null)
            {
                using var commit = await SendAsync(HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(id)}/commit", null, "commit transaction", affinity, cancellationToken).ConfigureAwait(false);
                id = null;
            }

            return results;
        }
        catch (Exception) when (id is not null)
        {
            await RollBackAsync(id, affinity).ConfigureAwait(false);
            throw;
        }
    }

    private async Task RollBackAsync(string id, string? affinity)
    {
        // Best effort: after an error Neo4j has usually closed the transaction already (its answer has no
        // "transaction" key), and an open one expires by itself; the original error is what matters.
        try
        {
            using var response = await SendAsync(HttpMethod.Delete, $"{_queryPath}/tx/{Uri.EscapeDataString(id)}", null, "roll back transaction", affinity, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
        }
    }

    private async Task<ApiResponse> SendAsync(HttpMethod method, string path, Neo4jStatement? statement, string purpose, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_settings.User is { } user)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + (_settings.Password ?? string.Empty)));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (statement is not null)
        {
            var body = ParameterJson.ToUtf8Bytes(
                new Dictionary<string, object?> { ["statement"] = statement.Text, ["parameters"] = statement.Parameters, ["includeCounters"] = true },
                JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_settings.Timeout);
        HttpStatusCode status;
        byte[] content;
        string? replyAffinity;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            status = response.StatusCode;
            replyAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            content = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException(purpose, null, $"no answer from {_settings.Target} within {_settings.Timeout.TotalSeconds:0.#} s", isTransient: true, e);
        }
        catch (HttpRequestException e) when (e.InnerException is System.Security.Authentication.AuthenticationException tls)
        {
            // A certificate the system does not trust will not become trusted by retrying.
            throw new Neo4jException(purpose, null, $"TLS with {_settings.Target} failed (is its certificate trusted?): {tls.Message}", isTransient: false, e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException(purpose, null, $"cannot talk to {_settings.Target}: {e.Message}", isTransient: true, e);
        }
        catch (IOException e)
        {
            throw new Neo4jException(purpose, null, $"connection to {_settings.Target} broke: {e.Message}", isTransient: true, e);
        }

        return Interpret(status, content, replyAffinity, purpose);
    }

    private ApiResponse Interpret(HttpStatusCode status, byte[] content, string? affinity, string purpose)
    {
        var transientStatus = status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
        JsonDocument? body = null;
        try
        {
            body = content.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            throw new Neo4jException(purpose, null, $"HTTP {(int)status} from {_settings.Target} with a body that is not JSON", transientStatus);
        }

        try
        {
            if (status == HttpStatusCode.Unauthorized)
            {
                var (code, message) = FirstError(body.RootElement) ?? ("Neo.ClientError.Security.Unauthorized", "unauthorized");
                throw new Neo4jException(purpose, code, $"{message} (user {_settings.User ?? "none"}; set NEO4J_USERNAME and NEO4J_PASSWORD)", isTransient: false);
            }

            if (FirstError(body.RootElement) is var (errorCode, errorMessage))
            {
                throw new Neo4jException(purpose, errorCode, errorMessage, transientStatus || errorCode.StartsWith("Neo.TransientError.", StringComparison.Ordinal));
            }

            if ((int)status is < 200 or > 299)
            {
                throw new Neo4jException(purpose, null, $"HTTP {(int)status} from {_settings.Target}", transientStatus);
            }

            return new ApiResponse(body, affinity);
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    private static (string Code, string Message)? FirstError(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var error = errors[0];
            return (
                error.TryGetProperty("code", out var c) ? c.GetString() ?? "unknown" : "unknown",
                error.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty);
        }

        return null;
    }

    private static QueryResult ParseResult(JsonDocument body)
    {
        var root = body.RootElement;
        var fields = new List<string>();
        var values = new List<IReadOnlyList<JsonElement>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f))
            {
                fields.AddRange(f.EnumerateArray().Select(e => e.GetString() ?? string.Empty));
            }

            if (data.TryGetProperty("values", out var v))
            {
                // Clone: the rows outlive the response document.
                values.AddRange(v.EnumerateArray().Select(row => (IReadOnlyList<JsonElement>)row.EnumerateArray().Select(e => e.Clone()).ToArray()));
            }
        }

        var counters = root.TryGetProperty("counters", out var c) ? QueryCounters.Parse(c) : QueryCounters.None;
        return new QueryResult(fields, values, counters);
    }

    private sealed record ApiResponse(JsonDocument Body, string? Affinity) : IDisposable
    {
        public void Dispose() => Body.Dispose();
    }
}
