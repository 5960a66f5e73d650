using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>import.cypher</c>: the same statements <c>digest load</c> sends, each preceded by a
/// <c>:param rows => […]</c> line holding its data, so the script runs in cypher-shell and Neo4j
/// Browser, is idempotent (constraints, then <c>MERGE</c>), and no statement contains input text.
/// The rows are those of <see cref="CypherBatches"/>, in its order and batches, written straight
/// from the graph as <see cref="CypherLiteral"/> formats them (no row dictionaries, no boxing),
/// with each repeated number formatted once; strings are transcoded straight into the output.
/// </summary>
public sealed class CypherScriptExporter : IRecordExporter
{
    /// <summary>Rows per <c>:param</c> batch in the script.</summary>
    public const int ScriptBatchSize = 500;

    /// <inheritdoc />
    public string FileName => "import.cypher";

    /// <inheritdoc />
    public (byte[] Bytes, int HeadLength) EntityRecord(Entity entity, EntityMetrics? metrics) => CypherScriptRows.EntityRecord(entity, metrics);

    /// <inheritdoc />
    public byte[] MentionRecord(ArticleMention mention) => CypherScriptRows.MentionRecord(mention);

    /// <inheritdoc />
    public byte[] RelationRecord(Relation relation) => CypherScriptRows.RelationRecord(relation);

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output) => Write(graph, output, RecordReuse.None);

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output, RecordReuse reuse)
    {
        var script = new Utf8Output(output, Utf8Output.FileBufferSize);
        using var records = reuse.Open(script);
        script.Write("// Digest graph: run with `cypher-shell -f import.cypher` or paste into Neo4j Browser.\n"u8);
        script.Write("// Idempotent: constraints first, then MERGE by id; data travels only in :param rows.\n"u8);
        foreach (var statement in CypherStatements.Schema)
        {
            script.Write("\n// create constraints and indexes\n"u8);
            script.Write(statement);
            script.Write(";\n"u8);
        }

        var rows = new CypherScriptRows(script, records, ScriptBatchSize);
        for (var a = 0; a < graph.Articles.Count; a++)
        {
            rows.Article(graph.Articles[a], a);
        }

        var metrics = new MetricsIndex(graph);
        var entities = graph.Entities;
        foreach (var (type, positions) in TypeGroups.Of(entities, e => e.Type))
        {
            var purpose = $"merge {SchemaNames.Label(type)} entities";
            var statement = CypherStatements.MergeEntities(type);
            foreach (var i in positions)
            {
                rows.Entity(purpose, statement, i, entities[i], metrics);
            }
        }

        for (var i = 0; i < graph.Mentions.Count; i++)
        {
            rows.Mention(graph.Mentions[i], i);
        }

        var relations = graph.Relations;
        foreach (var (type, positions) in TypeGroups.Of(relations, r => r.Type))
        {
            var purpose = $"merge {SchemaNames.Name(type)} relationships";
            var statement = CypherStatements.MergeRelations(type);
            foreach (var i in positions)
            {
                rows.Relation(purpose, statement, relations[i], i);
            }
        }

        rows.Finish();
        script.Flush();
    }
}
