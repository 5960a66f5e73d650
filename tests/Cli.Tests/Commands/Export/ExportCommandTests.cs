using Digest.Tests.Shared;
using static Digest.Cli.Tests.CliRunner;

namespace Digest.Cli.Tests.Commands.Export;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("digest-export-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public async Task Should_Write_The_Neo4j_Admin_Csv_Set_For_The_Shared_Sample()
    {
        await Run("build", RepoPaths.SampleDigest, "--out", _out);

        var (code, _, error) = await Run("export", "--format", "neo4j-admin", "--graph", Path.Combine(_out, "graph.json"));

        Assert.True(code == 0, error);
        var dir = Path.Combine(_out, "neo4j-admin");
        Assert.StartsWith("id:ID,", File.ReadLines(Path.Combine(dir, "entities.csv")).First());
        Assert.Contains(":LABEL", File.ReadLines(Path.Combine(dir, "articles.csv")).First());
        Assert.StartsWith(":START_ID,:END_ID,:TYPE,", File.ReadLines(Path.Combine(dir, "relationships.csv")).First());
        Assert.Contains("neo4j-admin database import full", File.ReadAllText(Path.Combine(dir, "import.sh")));
    }

    [Fact]
    public async Task Should_Write_The_Browser_Style_Sheet_Beside_The_Graph()
    {
        await Run("build", RepoPaths.SampleDigest, "--out", _out);
        File.Delete(Path.Combine(_out, "style.grss"));

        var (code, _, _) = await Run("export", "--format", "grass", "--graph", Path.Combine(_out, "graph.json"));

        Assert.Equal(0, code);
        Assert.Contains("node.Method {", File.ReadAllText(Path.Combine(_out, "style.grss")));
    }

    [Fact]
    public async Task Should_Reject_An_Unknown_Format()
    {
        var (code, _, _) = await Run("export", "--format", "dot");

        Assert.NotEqual(0, code);
    }
}
