using System.Text;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class GrassExporterTests
{
    private static string StyleSheet()
    {
        using var stream = new MemoryStream();
        new GrassExporter().Write(SampleGraphs.Full, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Should_Give_Every_Node_Label_A_Colour_And_The_Name_Caption()
    {
        var sheet = StyleSheet();

        foreach (var label in Enum.GetValues<EntityType>().Select(SchemaNames.Label).Append(SchemaNames.ArticleLabel))
        {
            var start = sheet.IndexOf($"node.{label} {{", StringComparison.Ordinal);
            Assert.True(start >= 0, label);
            var rule = sheet[start..sheet.IndexOf("\n}", start, StringComparison.Ordinal)];
            Assert.Matches("color: #[0-9A-F]{6};", rule);
            Assert.Contains("caption: '{name}';", rule);
        }

        Assert.Contains("caption: '<type>';", sheet);
        Assert.Equal(sheet.Count(c => c == '{'), sheet.Count(c => c == '}'));
    }

    [Fact]
    public void Should_Use_A_Different_Colour_Per_Label()
    {
        var colours = GrassExporterColours(StyleSheet());

        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.Equal(GrassExporter.Labels.Count(), colours.Count);
    }

    private static List<string> GrassExporterColours(string sheet) =>
        sheet.Split("node.").Skip(1).Select(rule => rule.Split("color: ")[1][..7]).ToList();
}
