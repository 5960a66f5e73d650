using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Digest.Extractor.Model;

namespace Digest.Cli.Analysis;

/// <summary>
/// Writes a command's answer as indented JSON with snake_case names and readable Chinese. Answers are built as
/// <see cref="JsonNode"/> trees with their names spelt out, not serialised by reflection, which the natively
/// compiled <c>digest</c> does not have.
/// </summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a value.</summary>
    /// <param name="writer">Where it goes.</param>
    /// <param name="value">The value.</param>
    public static void Write(TextWriter writer, JsonNode value) => writer.WriteLine(value.ToJsonString(Options));

    /// <summary>An array of the items, each made into JSON.</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <param name="toJson">Makes one item into JSON.</param>
    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> toJson) => [.. items.Select(toJson)];

    /// <summary>An array of strings.</summary>
    /// <param name="items">The strings, in order.</param>
    public static JsonArray Strings(IEnumerable<string> items) => Array(items, s => JsonValue.Create(s));

    /// <summary>An entity as <c>{id, name, type}</c>.</summary>
    /// <param name="entity">The entity.</param>
    public static JsonObject Entity(Entity entity) => new()
    {
        ["id"] = entity.Id,
        ["name"] = entity.Name,
        ["type"] = SchemaNames.Label(entity.Type),
    };

    /// <summary>A relation with its evidence.</summary>
    /// <param name="relation">The relation.</param>
    public static JsonObject Relation(Relation relation) => new()
    {
        ["source"] = relation.SourceId,
        ["type"] = SchemaNames.Name(relation.Type),
        ["target"] = relation.TargetId,
        ["confidence"] = relation.Confidence,
        ["evidence"] = Array(relation.Evidence, e => new JsonObject { ["article"] = e.ArticleId, ["sentence"] = e.Sentence, ["cue"] = e.Cue }),
    };
}
