using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Digest.Cli.Hosting;

/// <summary>The generic host that gives commands their configuration: <c>appsettings.json</c> beside the program, then environment variables.</summary>
public static class CliHost
{
    /// <summary>Builds the host; command-line arguments are left to System.CommandLine.</summary>
    public static IHost Create()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables();
        return builder.Build();
    }
}
