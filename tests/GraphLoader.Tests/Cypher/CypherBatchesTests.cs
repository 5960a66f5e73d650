using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;

namespace Digest.GraphLoader.Tests.Cypher;

public sealed class CypherBatchesTests
{
    private static KnowledgeGraphData Graph(params EntityMetrics[] metrics) => new(
        EquatableArray<Article>.Empty,
        EquatableArray<Entity>.From([new Entity("method:rope", EntityType.Method, "RoPE", EquatableArray<string>.Empty, 3, EquatableArray<string>.Empty)]),
        EquatableArray<Relation>.Empty,
        EquatableArray<ArticleMention>.Empty,
        EquatableArray<EntityMetrics>.From(metrics));

    [Fact]
    public void Should_Set_The_Metrics_From_Row_Fields_Only()
    {
        var batch = CypherBatches.For(Graph(new EntityMetrics("method:rope", 0.123457, 0.5, "method:rope", 1))).Single(b => b.Purpose == "merge Method entities");

        var row = Assert.Single(batch.Rows);
        Assert.Equal((0.123457, 0.5, "method:rope", 1), ((double)row["pagerank"]!, (double)row["betweenness"]!, (string)row["community"]!, (int)row["lineage_depth"]!));
        Assert.Contains("e.pagerank = row.pagerank", batch.Statement);
        Assert.Contains("e.lineage_depth = row.lineage_depth", batch.Statement);
        Assert.DoesNotContain("RoPE", batch.Statement);
        Assert.DoesNotContain("0.123457", batch.Statement);
    }

    [Fact]
    public void Should_Send_Null_Metrics_When_None_Were_Computed()
    {
        var row = CypherBatches.For(Graph()).Single(b => b.Purpose == "merge Method entities").Rows.Single();

        Assert.Null(row["pagerank"]);
        Assert.Null(row["community"]);
    }
}
