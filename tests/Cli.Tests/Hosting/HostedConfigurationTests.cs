using Digest.Cli.Hosting;

namespace Digest.Cli.Tests.Hosting;

public sealed class HostedConfigurationTests
{
    [Fact]
    public void Should_Not_Build_The_Host_When_No_Command_Asks_For_Settings()
    {
        using var settings = new HostedConfiguration();

        Assert.False(settings.IsBuilt);
    }

    [Fact]
    public void Should_Read_Environment_Variables_When_Asked()
    {
        const string name = "DIGEST_HOSTED_CONFIGURATION_TEST";
        Environment.SetEnvironmentVariable(name, "from the environment");
        try
        {
            using var settings = new HostedConfiguration();

            Assert.Equal("from the environment", settings.Get()[name]);
            Assert.True(settings.IsBuilt);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
