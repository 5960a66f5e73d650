using Digest.Extractor.Model;

namespace Digest.GraphLoader.Cypher;

/// <summary>
/// The fixed Cypher a load needs besides the MERGE statements: pruning what the current graph no
/// longer has, and the marker node that ties a load manifest to the database it describes. Labels
/// and types come from the schema's enums; ids travel only in parameters.
/// </summary>
public static class LoadStatements
{
    /// <summary>The label of the one marker node a load leaves (not an entity, so no saved query sees it).</summary>
    public const string MarkerLabel = "DigestLoad";

    /// <summary>Reads the marker's load id (null row value when the database has none: new or wiped).</summary>
    public const string ReadMarker = "OPTIONAL MATCH (m:DigestLoad {key: 'graph'}) RETURN m.loadId AS loadId";

    /// <summary>Writes the marker's load id, <c>$loadId</c>.</summary>
    public const string WriteMarker = "MERGE (m:DigestLoad {key: 'graph'}) SET m.loadId = $loadId";

    /// <summary>Deletes every node with <paramref name="label"/> whose id is not in <c>$ids</c>, with its relationships.</summary>
    /// <param name="label"><see cref="SchemaNames.ArticleLabel"/> or <see cref="SchemaNames.EntityLabel"/>.</param>
    public static string PruneNodes(string label) => $"MATCH (n:{NodeLabel(label)}) WHERE NOT n.id IN $ids DETACH DELETE n";

    /// <summary>Deletes every relationship of <paramref name="type"/> whose <c>source&gt;target</c> id pair is not in <c>$pairs</c>.</summary>
    /// <param name="type">The relationship type.</param>
    public static string PruneRelationships(RelationType type) =>
        $"MATCH (s:{SourceLabel(type)})-[r:{SchemaNames.Name(type)}]->(t:Entity) WHERE NOT (s.id + '>' + t.id) IN $pairs DELETE r";

    /// <summary>Deletes the nodes with <paramref name="label"/> whose ids are in <c>$rows</c> (<c>{id}</c> maps), with their relationships.</summary>
    /// <param name="label"><see cref="SchemaNames.ArticleLabel"/> or <see cref="SchemaNames.EntityLabel"/>.</param>
    public static string DeleteNodes(string label) => $"UNWIND $rows AS row MATCH (n:{NodeLabel(label)} {{id: row.id}}) DETACH DELETE n";

    /// <summary>Deletes the relationships of <paramref name="type"/> listed in <c>$rows</c> (<c>{source, target}</c> maps).</summary>
    /// <param name="type">The relationship type.</param>
    public static string DeleteRelationships(RelationType type) =>
        $"UNWIND $rows AS row MATCH (s:{SourceLabel(type)} {{id: row.source}})-[r:{SchemaNames.Name(type)}]->(t:Entity {{id: row.target}}) DELETE r";

    private static string SourceLabel(RelationType type) => type == RelationType.Mentions ? SchemaNames.ArticleLabel : SchemaNames.EntityLabel;

    private static string NodeLabel(string label) => label is SchemaNames.ArticleLabel or SchemaNames.EntityLabel
        ? label
        : throw new ArgumentOutOfRangeException(nameof(label), label, "not a node label of the schema");
}
