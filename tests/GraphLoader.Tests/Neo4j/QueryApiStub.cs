using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Digest.GraphLoader.Tests.Neo4j;

/// <summary>
/// An in-process stand-in for Neo4j's HTTP Query API v2 on 127.0.0.1 (Kestrel), following the
/// documented shapes: <c>POST /db/{db}/query/v2</c>, explicit transactions under <c>…/tx</c>,
/// <c>{"data": {"fields", "values"}, "counters", "bookmarks"}</c> answers with status 202,
/// <c>{"errors": [{"code", "message"}]}</c> for failures, 401 for bad credentials. It applies the
/// loader's statements to a <see cref="StubGraph"/>, records every request, and plays injected
/// faults (503, transient errors, dropped connections, delays).
/// </summary>
public sealed class QueryApiStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, StubStatements.Handler> _handlers = StubStatements.Create();
    private readonly Dictionary<int, StubFault> _faults = [];
    private readonly Dictionary<string, StubGraph> _transactions = new(StringComparer.Ordinal);
    private readonly List<StubRequest> _requests = [];
    private readonly Lock _lock = new();
    private int _count;
    private int _nextTransaction;

    private QueryApiStub(WebApplication app)
    {
        _app = app;
        app.Run(HandleAsync);
    }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The committed graph.</summary>
    public StubGraph Graph { get; private set; } = new();

    /// <summary>The required user and password; null accepts any request.</summary>
    public (string User, string Password)? Credentials { get; set; }

    /// <summary>The databases that exist.</summary>
    public HashSet<string> Databases { get; } = ["neo4j"];

    /// <summary>How long a <see cref="StubFault.Delay"/> waits.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Answers statements the loader never sends (saved queries): fields and rows, or null for a syntax error.</summary>
    public Func<string, JsonObject, (string[] Fields, object?[][] Values)?>? Answer { get; set; }

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<StubRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>Starts a stub on a free port of 127.0.0.1.</summary>
    /// <param name="certificate">Serve HTTPS with this certificate instead of HTTP.</param>
    public static async Task<QueryApiStub> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (certificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        }

        var stub = new QueryApiStub(builder.Build());
        await stub._app.StartAsync();
        var address = stub._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.Endpoint = new Uri(address + "/");
        return stub;
    }

    /// <summary>Plays <paramref name="fault"/> on the <paramref name="requestNumber"/>-th request (1-based, counting all requests).</summary>
    public void Inject(int requestNumber, StubFault fault)
    {
        lock (_lock)
        {
            _faults[requestNumber] = fault;
        }
    }

    /// <summary>Plays <paramref name="fault"/> on the next <paramref name="times"/> requests.</summary>
    public void InjectNext(StubFault fault, int times = 1)
    {
        lock (_lock)
        {
            for (var i = 1; i <= times; i++)
            {
                _faults[_count + i] = fault;
            }
        }
    }

    /// <summary>Empties the database (as <c>MATCH (n) DETACH DELETE n</c> would, marker included).</summary>
    public void Wipe()
    {
        lock (_lock)
        {
            var schema = Graph.Schema.ToList();
            Graph = new StubGraph();
            Graph.Schema.UnionWith(schema);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var json = body.Length > 0 ? JsonNode.Parse(body)?.AsObject() : null;
        StubFault? fault;
        lock (_lock)
        {
            var number = ++_count;
            fault = _faults.Remove(number, out var f) ? f : null;
            _requests.Add(new StubRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Request.Headers.Authorization.FirstOrDefault(),
                context.Request.ContentType,
                context.Request.Headers.Accept.FirstOrDefault(),
                json?["statement"]?.GetValue<string>(),
                json?["parameters"]?.AsObject(),
                json?["includeCounters"]?.GetValue<bool>() ?? false));
        }

        switch (fault)
        {
            case StubFault.ServiceUnavailable:
                context.Response.StatusCode = 503;
                await context.Response.WriteAsync("Service Unavailable");
                return;
            case StubFault.TransientError:
                await ErrorAsync(context, 400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock");
                return;
            case StubFault.DropConnection:
                context.Abort();
                return;
            case StubFault.Delay:
                try
                {
                    await Task.Delay(Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                break;
        }

        if (Credentials is var (user, password)
            && context.Request.Headers.Authorization.FirstOrDefault() != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)))
        {
            await ErrorAsync(context, 401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
            return;
        }

        await RouteAsync(context, json);
    }

    private async Task RouteAsync(HttpContext context, JsonObject? json)
    {
        // /db/{db}/query/v2[/tx[/{id}[/commit]]]
        var parts = (context.Request.Path.Value ?? string.Empty).Trim('/').Split('/');
        if (parts.Length < 4 || parts[0] != "db" || parts[2] != "query" || parts[3] != "v2")
        {
            context.Response.StatusCode = 404;
            return;
        }

        var database = Uri.UnescapeDataString(parts[1]);
        if (!Databases.Contains(database))
        {
            await ErrorAsync(context, 404, "Neo.ClientError.Database.DatabaseNotFound", $"Graph not found: {database}");
            return;
        }

        var method = context.Request.Method;
        if (parts.Length == 4 && method == "POST")
        {
            StubGraph working;
            lock (_lock)
            {
                working = Graph.Clone();
            }

            var (ok, answer) = Execute(working, json);
            if (ok)
            {
                lock (_lock)
                {
                    Graph = working; // an implicit transaction commits as a whole or not at all
                }
            }

            await AnswerAsync(context, ok ? 202 : 400, answer);
            return;
        }

        if (parts.Length >= 5 && parts[4] == "tx")
        {
            await TransactionAsync(context, method, parts, json);
            return;
        }

        context.Response.StatusCode = 405;
    }

    private async Task TransactionAsync(HttpContext context, string method, string[] parts, JsonObject? json)
    {
        string id;
        StubGraph? working;
        lock (_lock)
        {
            if (parts.Length == 5 && method == "POST")
            {
                id = "tx" + (++_nextTransaction).ToString(CultureInfo.InvariantCulture);
                working = Graph.Clone();
                _transactions[id] = working;
            }
            else
            {
                id = parts[5];
                _transactions.TryGetValue(id, out working);
            }
        }

        if (working is null)
        {
            await ErrorAsync(context, 404, "Neo.ClientError.Request.Invalid", $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");
            return;
        }

        context.Response.Headers["neo4j-cluster-affinity"] = "c3R1Yg==";
        if (method == "DELETE" && parts.Length == 6)
        {
            lock (_lock)
            {
                _transactions.Remove(id);
            }

            await AnswerAsync(context, 202, new JsonObject());
            return;
        }

        var commit = parts.Length == 7 && parts[6] == "commit";
        var (ok, answer) = json?["statement"] is null ? (true, Result([], [], new StubCounters(), json)) : Execute(working, json);
        lock (_lock)
        {
            if (!ok || commit)
            {
                _transactions.Remove(id); // an error closes the transaction: the answer has no "transaction" key
            }

            if (ok && commit)
            {
                Graph = working;
            }
        }

        if (ok && !commit)
        {
            answer["transaction"] = new JsonObject { ["id"] = id, ["expires"] = DateTime.UtcNow.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) };
        }

        await AnswerAsync(context, ok ? 202 : 400, answer);
    }

    private (bool Ok, JsonObject Answer) Execute(StubGraph graph, JsonObject? json)
    {
        var statement = json?["statement"]?.GetValue<string>() ?? string.Empty;
        var parameters = json?["parameters"]?.AsObject() ?? [];
        var counters = new StubCounters();
        if (_handlers.TryGetValue(statement, out var handler))
        {
            var (fields, values) = handler(graph, parameters, counters);
            return (true, Result(fields, values, counters, json));
        }

        if (Answer?.Invoke(statement, parameters) is var (answerFields, answerValues))
        {
            return (true, Result(answerFields, answerValues, counters, json));
        }

        return (false, Errors("Neo.ClientError.Statement.SyntaxError", $"Invalid input '{statement.Split(' ').FirstOrDefault()}': the stub knows only the loader's statements (line 1, column 1 (offset: 0))"));
    }

    private static JsonObject Result(IReadOnlyList<string> fields, IReadOnlyList<object?[]> values, StubCounters counters, JsonObject? request)
    {
        var result = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = JsonSerializer.SerializeToNode(fields),
                ["values"] = JsonSerializer.SerializeToNode(values),
            },
            ["bookmarks"] = new JsonArray("FB:stub"),
        };
        if (request?["includeCounters"]?.GetValue<bool>() == true)
        {
            result["counters"] = JsonSerializer.SerializeToNode(counters.ToJson());
        }

        return result;
    }

    private static JsonObject Errors(string code, string message) =>
        new() { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) };

    private static Task ErrorAsync(HttpContext context, int status, string code, string message) => AnswerAsync(context, status, Errors(code, message));

    private static async Task AnswerAsync(HttpContext context, int status, JsonObject answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString());
    }
}
