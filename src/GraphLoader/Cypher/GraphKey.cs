using Digest.Extractor.Model;

namespace Digest.GraphLoader.Cypher;

/// <summary>Names one node (<c>Article</c> or <c>Entity</c> and its id) or one relationship (type, source id, target id) in Neo4j.</summary>
/// <param name="Kind"><c>Article</c>, <c>Entity</c>, or a relationship type such as <c>BUILDS_ON</c>.</param>
/// <param name="Id">The node's id, or the relationship's source id.</param>
/// <param name="Target">The relationship's target id; null for a node.</param>
public sealed record GraphKey(string Kind, string Id, string? Target = null)
{
    /// <summary>Whether this names a node.</summary>
    public bool IsNode => Target is null;

    /// <summary>The key of an article node.</summary>
    /// <param name="id">The article id.</param>
    public static GraphKey Article(string id) => new(SchemaNames.ArticleLabel, id);

    /// <summary>The key of an entity node.</summary>
    /// <param name="id">The entity id.</param>
    public static GraphKey Entity(string id) => new(SchemaNames.EntityLabel, id);

    /// <summary>The key of a relationship.</summary>
    /// <param name="type">Its type.</param>
    /// <param name="source">The source id.</param>
    /// <param name="target">The target id.</param>
    public static GraphKey Relationship(RelationType type, string source, string target) => new(SchemaNames.Name(type), source, target);

    /// <summary>The relationship's <c>source&gt;target</c> pair, as the prune statements compare it (ids never contain <c>&gt;</c>).</summary>
    public string Pair => Id + ">" + Target;
}
