using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Tests.Neo4j;

/// <summary>The client over HTTPS, as Aura serves the Query API: against the stub with a throw-away self-signed certificate.</summary>
public sealed class QueryApiClientHttpsTests : IAsyncLifetime
{
    private readonly X509Certificate2 _certificate = CreateCertificate();
    private QueryApiStub _stub = null!;

    public async Task InitializeAsync() => _stub = await QueryApiStub.StartAsync(_certificate);

    public async Task DisposeAsync()
    {
        await _stub.DisposeAsync();
        _certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private QueryApiClient Client(HttpMessageHandler? handler) =>
        new(new Neo4jSettings(_stub.Endpoint, "neo4j", "neo4j", "pw", TimeSpan.FromSeconds(10), 3, TimeSpan.FromMilliseconds(10)), handler: handler);

    private static Neo4jStatement Marker() =>
        new("record the load marker", GraphLoader.Cypher.LoadStatements.WriteMarker, new Dictionary<string, object?> { ["loadId"] = "tls" });

    [Fact]
    public async Task Should_Run_A_Statement_Over_Https()
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _certificate.GetCertHashString();
        using var client = Client(handler);

        var result = await client.RunAsync(Marker(), CancellationToken.None);

        Assert.Equal("https", _stub.Endpoint.Scheme);
        Assert.Equal(1, result.Counters.NodesCreated);
        Assert.Equal("tls", _stub.Graph.MarkerLoadId);
    }

    [Fact]
    public async Task Should_Stop_At_Once_When_The_Certificate_Is_Not_Trusted()
    {
        using var client = Client(null);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Marker(), CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("certificate", error.Message);
        Assert.Empty(_stub.Requests);
    }
}
