using System.Text;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>style.grss</c>, a Neo4j Browser Graph Style Sheet (GraSS): one colour per node label
/// with the <c>name</c> property as caption, relationship types as edge captions. Drag the file
/// onto Browser, or paste it after <c>:style</c>. The same for every graph, so it is deterministic.
/// </summary>
public sealed class GrassExporter : IGraphExporter
{
    // Colour, border and text colour per label: distinct hues from Browser's own default palette.
    private static readonly (string Label, string Color, string Border, string Text)[] Styles =
    [
        (SchemaNames.ArticleLabel, "#C990C0", "#B261A5", "#FFFFFF"),
        (nameof(EntityType.Paper), "#F79767", "#F36924", "#FFFFFF"),
        (nameof(EntityType.Method), "#57C7E3", "#23B3D7", "#2A2C34"),
        (nameof(EntityType.Model), "#F16667", "#EB2728", "#FFFFFF"),
        (nameof(EntityType.Author), "#D9C8AE", "#C0A378", "#2A2C34"),
        (nameof(EntityType.Dataset), "#8DCC93", "#5DB665", "#2A2C34"),
        (nameof(EntityType.Task), "#ECB5C9", "#DA7298", "#2A2C34"),
        (nameof(EntityType.Concept), "#4C8EDA", "#2870C2", "#FFFFFF"),
        (nameof(EntityType.Organization), "#FFC454", "#D7A013", "#2A2C34"),
        (nameof(EntityType.Tool), "#DA7194", "#CC3C6C", "#FFFFFF"),
    ];

    /// <inheritdoc />
    public string FileName => "style.grss";

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("node {");
        writer.WriteLine("  diameter: 50px;");
        writer.WriteLine("  color: #A5ABB6;");
        writer.WriteLine("  border-color: #9AA1AC;");
        writer.WriteLine("  border-width: 2px;");
        writer.WriteLine("  text-color-internal: #FFFFFF;");
        writer.WriteLine("  font-size: 10px;");
        writer.WriteLine("  caption: '{name}';");
        writer.WriteLine("}");
        writer.WriteLine();
        writer.WriteLine("relationship {");
        writer.WriteLine("  color: #A5ABB6;");
        writer.WriteLine("  shaft-width: 1px;");
        writer.WriteLine("  font-size: 8px;");
        writer.WriteLine("  padding: 3px;");
        writer.WriteLine("  text-color-external: #000000;");
        writer.WriteLine("  text-color-internal: #FFFFFF;");
        writer.WriteLine("  caption: '<type>';");
        writer.WriteLine("}");
        foreach (var (label, color, border, text) in Styles)
        {
            writer.WriteLine();
            writer.WriteLine($"node.{label} {{");
            writer.WriteLine($"  color: {color};");
            writer.WriteLine($"  border-color: {border};");
            writer.WriteLine($"  text-color-internal: {text};");
            writer.WriteLine(label == SchemaNames.ArticleLabel ? "  diameter: 40px;" : "  diameter: 55px;");
            writer.WriteLine("  caption: '{name}';");
            writer.WriteLine("}");
        }

        writer.WriteLine();
        writer.WriteLine("relationship.MENTIONS {");
        writer.WriteLine("  color: #D9D9D9;");
        writer.WriteLine("}");
        writer.WriteLine();
        writer.WriteLine("relationship.BUILDS_ON {");
        writer.WriteLine("  color: #2870C2;");
        writer.WriteLine("  shaft-width: 3px;");
        writer.WriteLine("}");
    }

    /// <summary>The labels the style sheet colours (every node label of the schema).</summary>
    public static IEnumerable<string> Labels => Styles.Select(s => s.Label);
}
