using Digest.Cli.Commands.Bench;

namespace Digest.Cli.Tests.Commands.Bench;

public sealed class OutputCopyFloorTests
{
    [Fact]
    public void Should_Count_The_Files_Of_The_Folder_And_Leave_It_As_It_Was()
    {
        var folder = Directory.CreateTempSubdirectory("digest-floor-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "graph.json"), new string('x', 5000));
            File.WriteAllText(Path.Combine(folder, "import.cypher"), "MERGE (n:Entity {id: $id});\n");
            Directory.CreateDirectory(Path.Combine(folder, ".digest-cache"));
            File.WriteAllText(Path.Combine(folder, ".digest-cache", "graph.json.records"), "not an export");

            var floor = OutputCopyFloor.Measure(folder);

            Assert.Equal(2, floor.Files);
            Assert.Equal(5000 + 28, floor.Bytes);
            Assert.True(floor.Elapsed > TimeSpan.Zero);
            Assert.Equal(["graph.json", "import.cypher"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
