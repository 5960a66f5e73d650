using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes <c>import.cypher</c>: the same statements <c>digest load</c> sends, each preceded by a
/// <c>:param rows => […]</c> line holding its data, so the script runs in cypher-shell and Neo4j
/// Browser, is idempotent (constraints, then <c>MERGE</c>), and no statement contains input text.
/// </summary>
public sealed class CypherScriptExporter : IGraphExporter
{
    /// <summary>Rows per <c>:param</c> batch in the script.</summary>
    public const int ScriptBatchSize = 500;

    /// <inheritdoc />
    public string FileName => "import.cypher";

    /// <inheritdoc />
    public void Write(KnowledgeGraphData graph, Stream output)
    {
        var script = new Utf8Output(output);
        script.Write("// Digest graph: run with `cypher-shell -f import.cypher` or paste into Neo4j Browser.\n"u8);
        script.Write("// Idempotent: constraints first, then MERGE by id; data travels only in :param rows.\n"u8);
        foreach (var batch in CypherBatches.For(graph, ScriptBatchSize))
        {
            script.Write("\n// "u8);
            script.Write(batch.Purpose);
            script.Write((byte)'\n');
            if (batch.Rows.Count > 0)
            {
                script.Write(":param rows => "u8);
                CypherLiteral.Write(script, batch.Rows);
                script.Write(";\n"u8);
            }

            script.Write(batch.Statement);
            script.Write(";\n"u8);
        }

        script.Flush();
    }
}
