using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digest.Cli.Hosting;

/// <summary>
/// The host's configuration (<see cref="CliHost"/>), built the first time a command asks for it: building the host takes
/// about a fifth of a second at start-up, which the commands that read no settings (build, the analyses) should not wait for.
/// </summary>
public sealed class HostedConfiguration : IDisposable
{
    private readonly Lazy<IHost> _host = new(CliHost.Create);

    /// <summary>Whether the host was built.</summary>
    public bool IsBuilt => _host.IsValueCreated;

    /// <summary>The configuration: <c>appsettings.json</c> beside the program, then environment variables.</summary>
    public IConfiguration Get() => _host.Value.Services.GetRequiredService<IConfiguration>();

    /// <summary>Disposes the host, if it was built.</summary>
    public void Dispose()
    {
        if (_host.IsValueCreated)
        {
            _host.Value.Dispose();
        }
    }
}
