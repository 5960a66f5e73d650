using Digest.Extractor.Model;

namespace Digest.GraphLoader.Cypher;

/// <summary>
/// The fixed Cypher of the schema: constraints and indexes, and one <c>UNWIND $rows … MERGE</c>
/// statement per node label and relationship type. Labels and types come from the schema's
/// enums, never from input text.
/// </summary>
public static class CypherStatements
{
    /// <summary>Constraints and indexes, created first, each idempotent.</summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    ];

    /// <summary>Merges article nodes by id.</summary>
    public const string MergeArticles =
        "UNWIND $rows AS row MERGE (a:Article {id: row.id}) "
        + "SET a.title = row.title, a.name = row.title, a.category = row.category, a.source = row.source";

    /// <summary>Merges entity nodes of one type by id.</summary>
    /// <param name="type">The type, whose label is set.</param>
    public static string MergeEntities(EntityType type) =>
        $"UNWIND $rows AS row MERGE (e:Entity {{id: row.id}}) SET e:{SchemaNames.Label(type)}, "
        + "e.name = row.name, e.aliases = row.aliases, e.mentions = row.mentions, e.articles = row.articles, "
        + "e.pagerank = row.pagerank, e.betweenness = row.betweenness, e.community = row.community, e.lineage_depth = row.lineage_depth";

    /// <summary>Merges MENTIONS relationships.</summary>
    public const string MergeMentions =
        "UNWIND $rows AS row MATCH (a:Article {id: row.source}) MATCH (e:Entity {id: row.target}) "
        + "MERGE (a)-[r:MENTIONS]->(e) SET r.count = row.count";

    /// <summary>Merges relationships of one type between entities.</summary>
    /// <param name="type">The relationship type.</param>
    public static string MergeRelations(RelationType type) =>
        "UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) "
        + $"MERGE (s)-[r:{SchemaNames.Name(type)}]->(t) "
        + "SET r.confidence = row.confidence, r.evidence = row.evidence, r.evidence_articles = row.evidence_articles, r.cues = row.cues";
}
