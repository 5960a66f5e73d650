namespace Digest.Extractor.Model;

/// <summary>The names SCHEMA.md gives to types and relationships, as they appear in every output.</summary>
public static class SchemaNames
{
    /// <summary>The label every entity node carries besides its type label.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>The label of article nodes.</summary>
    public const string ArticleLabel = "Article";

    /// <summary>The label of an entity type, e.g. <c>Method</c>.</summary>
    /// <param name="type">The entity type.</param>
    public static string Label(EntityType type) => type.ToString();

    /// <summary>The relationship type name, e.g. <c>BUILDS_ON</c>.</summary>
    /// <param name="type">The relation type.</param>
    public static string Name(RelationType type) => type switch
    {
        RelationType.Mentions => "MENTIONS",
        RelationType.Authored => "AUTHORED",
        RelationType.Introduces => "INTRODUCES",
        RelationType.BuildsOn => "BUILDS_ON",
        RelationType.Uses => "USES",
        RelationType.PartOf => "PART_OF",
        RelationType.IsA => "IS_A",
        RelationType.EvaluatedOn => "EVALUATED_ON",
        RelationType.AppliedTo => "APPLIED_TO",
        RelationType.ComparedWith => "COMPARED_WITH",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a relationship type name such as <c>BUILDS_ON</c> (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The parsed type.</param>
    /// <returns>Whether the name is a relationship type of the schema.</returns>
    public static bool TryParseRelation(string name, out RelationType type)
    {
        foreach (var candidate in Enum.GetValues<RelationType>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Parses an entity type label such as <c>Method</c> (case-insensitive).</summary>
    /// <param name="label">The label.</param>
    /// <param name="type">The parsed type.</param>
    /// <returns>Whether the label is an entity type of the schema.</returns>
    public static bool TryParseEntityType(string label, out EntityType type) =>
        Enum.TryParse(label, ignoreCase: true, out type) && Enum.IsDefined(type);
}
