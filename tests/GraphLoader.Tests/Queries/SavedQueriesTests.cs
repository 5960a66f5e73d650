using System.Text.RegularExpressions;
using Digest.GraphLoader.Queries;
using Digest.Tests.Shared;

namespace Digest.GraphLoader.Tests.Queries;

public sealed partial class SavedQueriesTests
{
    [Fact]
    public void Should_Embed_Every_File_Of_The_Queries_Folder()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "queries"), "*.cypher").Select(Path.GetFileNameWithoutExtension).Order();

        Assert.Equal(files, SavedQueries.All.Select(q => q.Name));
        foreach (var name in new[] { "lineage", "descendants", "roots", "who-introduced", "author-works", "evaluated-on", "models-using", "central-methods", "shortest-path", "article-entities", "co-mentioned", "isolated-nodes", "shared-aliases" })
        {
            Assert.NotNull(SavedQueries.Find(name));
        }
    }

    [Fact]
    public void Should_Declare_Exactly_The_Parameters_Each_Statement_Uses()
    {
        foreach (var query in SavedQueries.All)
        {
            var used = Parameter().Matches(query.Statement).Select(m => m.Groups[1].Value).Distinct().Order();
            Assert.Equal(used, query.Parameters.Select(p => p.Name).Order());
            Assert.DoesNotContain("// name:", query.Statement);
        }
    }

    [Fact]
    public void Should_Bind_Typed_Values_And_Defaults()
    {
        var lineage = SavedQueries.Find("lineage")!;

        var bound = lineage.Bind(new Dictionary<string, string> { ["name"] = "S4" });

        Assert.Equal("S4", bound["name"]);
        Assert.Equal(6L, bound["depth"]);
    }

    [Theory]
    [InlineData("depth", "deep", "not an integer")]
    [InlineData("nam", "S4", "has no parameter 'nam'")]
    public void Should_Reject_Bad_Parameters(string name, string value, string message)
    {
        var lineage = SavedQueries.Find("lineage")!;

        var error = Assert.Throws<ArgumentException>(() => lineage.Bind(new Dictionary<string, string> { ["name"] = "S4", [name] = value }));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Should_Require_A_Parameter_Without_Default()
    {
        var error = Assert.Throws<ArgumentException>(() => SavedQueries.Find("lineage")!.Bind(new Dictionary<string, string>()));

        Assert.Contains("--param name=", error.Message);
    }

    [Fact]
    public void Should_Reject_A_Header_Naming_Another_File()
    {
        Assert.Throws<FormatException>(() => SavedQueries.Parse("roots.cypher", "// name: lineage\n// description: x\nRETURN 1"));
    }

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex Parameter();
}
