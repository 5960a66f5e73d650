using Digest.Extractor.Model;

namespace Digest.GraphLoader.Cypher;

/// <summary>Cuts a graph into the statements and parameter batches that recreate it in Neo4j: schema first, then nodes, then relationships.</summary>
public static class CypherBatches
{
    /// <summary>The default number of rows per statement.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>All batches, in the order they must run.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="batchSize">Rows per statement.</param>
    public static IEnumerable<CypherBatch> For(KnowledgeGraphData graph, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        foreach (var statement in CypherStatements.Schema)
        {
            yield return new CypherBatch("create constraints and indexes", statement, []);
        }

        foreach (var batch in Chunk("merge articles", CypherStatements.MergeArticles, graph.Articles.Select(ArticleRow), batchSize))
        {
            yield return batch;
        }

        var metrics = graph.Metrics.ToDictionary(m => m.EntityId, StringComparer.Ordinal);
        foreach (var group in graph.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            var purpose = $"merge {SchemaNames.Label(group.Key)} entities";
            var rows = group.Select(e => EntityRow(e, metrics.GetValueOrDefault(e.Id)));
            foreach (var batch in Chunk(purpose, CypherStatements.MergeEntities(group.Key), rows, batchSize))
            {
                yield return batch;
            }
        }

        foreach (var batch in Chunk("merge MENTIONS relationships", CypherStatements.MergeMentions, graph.Mentions.Select(MentionRow), batchSize))
        {
            yield return batch;
        }

        foreach (var group in graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            var purpose = $"merge {SchemaNames.Name(group.Key)} relationships";
            foreach (var batch in Chunk(purpose, CypherStatements.MergeRelations(group.Key), group.Select(RelationRow), batchSize))
            {
                yield return batch;
            }
        }
    }

    private static IEnumerable<CypherBatch> Chunk(string purpose, string statement, IEnumerable<IReadOnlyDictionary<string, object?>> rows, int size) =>
        rows.Chunk(size).Select(chunk => new CypherBatch(purpose, statement, chunk));

    internal static IReadOnlyDictionary<string, object?> ArticleRow(Article article) => new Dictionary<string, object?>
    {
        ["id"] = article.Id,
        ["title"] = article.Title,
        ["category"] = article.Category,
        ["source"] = article.Source,
    };

    /// <summary>An entity's row; metric fields are null when not computed, which removes stale values on a re-load.</summary>
    internal static IReadOnlyDictionary<string, object?> EntityRow(Entity entity, EntityMetrics? metrics) => new Dictionary<string, object?>
    {
        ["id"] = entity.Id,
        ["name"] = entity.Name,
        ["aliases"] = entity.Aliases.ToArray(),
        ["mentions"] = entity.MentionCount,
        ["articles"] = entity.ArticleIds.ToArray(),
        ["pagerank"] = metrics?.PageRank,
        ["betweenness"] = metrics?.Betweenness,
        ["community"] = metrics?.Community,
        ["lineage_depth"] = metrics?.LineageDepth,
    };

    internal static IReadOnlyDictionary<string, object?> MentionRow(ArticleMention mention) => new Dictionary<string, object?>
    {
        ["source"] = mention.ArticleId,
        ["target"] = mention.EntityId,
        ["count"] = mention.Count,
    };

    internal static IReadOnlyDictionary<string, object?> RelationRow(Relation relation) => new Dictionary<string, object?>
    {
        ["source"] = relation.SourceId,
        ["target"] = relation.TargetId,
        ["confidence"] = Math.Round(relation.Confidence, 4),
        ["evidence"] = relation.Evidence.Select(e => e.Sentence).ToArray(),
        ["evidence_articles"] = relation.Evidence.Select(e => e.ArticleId).ToArray(),
        ["cues"] = relation.Evidence.Select(e => e.Cue).ToArray(),
    };
}
