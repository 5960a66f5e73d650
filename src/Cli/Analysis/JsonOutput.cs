using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Extractor.Model;

namespace Digest.Cli.Analysis;

/// <summary>Writes a command's answer as indented JSON with snake_case names and readable Chinese.</summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a value.</summary>
    /// <param name="writer">Where it goes.</param>
    /// <param name="value">The value (anonymous objects, lists, numbers, strings).</param>
    public static void Write(TextWriter writer, object value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));

    /// <summary>An entity as <c>{id, name, type}</c>.</summary>
    /// <param name="entity">The entity.</param>
    public static object Entity(Entity entity) => new { entity.Id, entity.Name, Type = SchemaNames.Label(entity.Type) };

    /// <summary>A relation with its evidence.</summary>
    /// <param name="relation">The relation.</param>
    public static object Relation(Relation relation) => new
    {
        Source = relation.SourceId,
        Type = SchemaNames.Name(relation.Type),
        Target = relation.TargetId,
        relation.Confidence,
        Evidence = relation.Evidence.Select(e => new { Article = e.ArticleId, e.Sentence, e.Cue }),
    };
}
