using System.Text;
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
        using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("// Digest graph: run with `cypher-shell -f import.cypher` or paste into Neo4j Browser.");
        writer.WriteLine("// Idempotent: constraints first, then MERGE by id; data travels only in :param rows.");
        foreach (var batch in CypherBatches.For(graph, ScriptBatchSize))
        {
            writer.WriteLine();
            writer.WriteLine("// " + batch.Purpose);
            if (batch.Rows.Count > 0)
            {
                writer.Write(":param rows => ");
                CypherLiteral.Write(writer, batch.Rows);
                writer.WriteLine(";");
            }

            writer.WriteLine(batch.Statement + ";");
        }
    }
}
