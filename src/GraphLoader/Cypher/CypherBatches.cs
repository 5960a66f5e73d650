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

        foreach (var batch in Chunk(Rows(graph), batchSize))
        {
            yield return batch;
        }
    }

    /// <summary>Every data row of the graph with its statement and key, in load order: articles, entities by type, MENTIONS, relationships by type.</summary>
    /// <param name="graph">The graph.</param>
    public static IEnumerable<CypherRow> Rows(KnowledgeGraphData graph)
    {
        foreach (var article in graph.Articles)
        {
            yield return new CypherRow("merge articles", CypherStatements.MergeArticles, GraphKey.Article(article.Id), ArticleRow(article));
        }

        var metrics = graph.Metrics.ToDictionary(m => m.EntityId, StringComparer.Ordinal);
        foreach (var group in graph.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            var purpose = $"merge {SchemaNames.Label(group.Key)} entities";
            var statement = CypherStatements.MergeEntities(group.Key);
            foreach (var entity in group)
            {
                yield return new CypherRow(purpose, statement, GraphKey.Entity(entity.Id), EntityRow(entity, metrics.GetValueOrDefault(entity.Id)));
            }
        }

        foreach (var mention in graph.Mentions)
        {
            yield return new CypherRow("merge MENTIONS relationships", CypherStatements.MergeMentions, GraphKey.Relationship(RelationType.Mentions, mention.ArticleId, mention.EntityId), MentionRow(mention));
        }

        foreach (var group in graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            var purpose = $"merge {SchemaNames.Name(group.Key)} relationships";
            var statement = CypherStatements.MergeRelations(group.Key);
            foreach (var relation in group)
            {
                yield return new CypherRow(purpose, statement, GraphKey.Relationship(relation.Type, relation.SourceId, relation.TargetId), RelationRow(relation));
            }
        }
    }

    /// <summary>Cuts rows into batches of at most <paramref name="batchSize"/> rows that share one statement, keeping their order.</summary>
    /// <param name="rows">The rows, grouped by statement.</param>
    /// <param name="batchSize">Rows per statement.</param>
    public static IEnumerable<CypherBatch> Chunk(IEnumerable<CypherRow> rows, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var pending = new List<IReadOnlyDictionary<string, object?>>(batchSize);
        CypherRow? first = null;
        foreach (var row in rows)
        {
            if (first is not null && (row.Statement != first.Statement || pending.Count == batchSize))
            {
                yield return new CypherBatch(first.Purpose, first.Statement, pending.ToArray());
                pending.Clear();
                first = null;
            }

            first ??= row;
            pending.Add(row.Row);
        }

        if (first is not null)
        {
            yield return new CypherBatch(first.Purpose, first.Statement, pending.ToArray());
        }
    }

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
