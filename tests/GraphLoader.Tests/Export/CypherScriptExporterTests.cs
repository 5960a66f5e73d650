using System.Text;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Export;

namespace Digest.GraphLoader.Tests.Export;

public sealed class CypherScriptExporterTests
{
    /// <summary>The script as the batches <c>digest load</c> sends would print it: what the exporter writes without them.</summary>
    private static string FromBatches(KnowledgeGraphData graph)
    {
        var script = new StringBuilder();
        script.Append("// Digest graph: run with `cypher-shell -f import.cypher` or paste into Neo4j Browser.\n");
        script.Append("// Idempotent: constraints first, then MERGE by id; data travels only in :param rows.\n");
        foreach (var batch in CypherBatches.For(graph, CypherScriptExporter.ScriptBatchSize))
        {
            script.Append("\n// ").Append(batch.Purpose).Append('\n');
            if (batch.Rows.Count > 0)
            {
                script.Append(":param rows => ").Append(CypherLiteral.Format(batch.Rows)).Append(";\n");
            }

            script.Append(batch.Statement).Append(";\n");
        }

        return script.ToString();
    }

    private static string Exported(KnowledgeGraphData graph)
    {
        using var stream = new MemoryStream();
        new CypherScriptExporter().Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Should_WriteTheRowsOfCypherBatches_When_TheSharedSampleHasMetrics()
    {
        var graph = GraphMetrics.Attach(SampleGraphs.Full);

        Assert.Equal(FromBatches(graph), Exported(graph));
    }

    [Fact]
    public void Should_WriteNullMetrics_When_TheSharedSampleHasNone()
    {
        var graph = SampleGraphs.Full;

        var script = Exported(graph);

        Assert.Equal(FromBatches(graph), script);
        Assert.Contains("pagerank: null, betweenness: null", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_EscapeEachCopyOfASentence_When_ASentenceBacksSeveralRelations()
    {
        var evidence = new Evidence("article:a", "他说 \"DPO\"\\ 很好\n", "提出");
        string[] none = [];
        Evidence[] once = [evidence];
        Evidence[] twice = [evidence, evidence];
        Entity[] entities =
        [
            new("method:dpo", EntityType.Method, "DPO", EquatableArray<string>.From(none), 1, EquatableArray<string>.From(none)),
            new("paper:x", EntityType.Paper, "X", EquatableArray<string>.From(none), 1, EquatableArray<string>.From(none)),
        ];
        Relation[] relations =
        [
            new("paper:x", RelationType.Introduces, "method:dpo", EquatableArray<Evidence>.From(once), 0.9),
            new("paper:x", RelationType.Uses, "method:dpo", EquatableArray<Evidence>.From(twice), 0.75),
        ];
        var graph = new KnowledgeGraphData(
            EquatableArray<Article>.Empty,
            EquatableArray<Entity>.From(entities),
            EquatableArray<Relation>.From(relations),
            EquatableArray<ArticleMention>.Empty);

        var script = Exported(graph);

        Assert.Equal(FromBatches(graph), script);
        Assert.Contains("evidence: [\"他说 \\\"DPO\\\"\\\\ 很好\\n\", \"他说 \\\"DPO\\\"\\\\ 很好\\n\"]", script, StringComparison.Ordinal);
    }
}
