namespace Digest.Cli.Tests;

/// <summary>Runs <c>digest</c> in-process with captured output.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await DigestApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
