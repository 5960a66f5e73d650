using System.Runtime.CompilerServices;
using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes the data rows of <c>import.cypher</c> in batches: a batch ends at
/// <c>batchSize</c> rows or where the statement changes, as <see cref="CypherBatches.Chunk"/>
/// cuts them. Each row is the map <see cref="CypherBatches"/> builds (same keys, same order),
/// formatted as <see cref="CypherLiteral"/> formats it. Each row is one record, copied from the last
/// export when it has it. Not thread-safe: one per export.
/// </summary>
/// <param name="script">The output.</param>
/// <param name="records">What each row is written through.</param>
/// <param name="batchSize">Rows per batch.</param>
internal sealed class CypherScriptRows(Utf8Output script, RecordCopier records, int batchSize)
{
    private readonly EncodingCache<double> _numbers = new((output, value) => output.Write(value, CypherLiteral.DoubleFormat), BitwiseDoubleComparer.Instance);
    private string? _statement;
    private int _rows;

    /// <summary>An article row.</summary>
    /// <param name="article">The article.</param>
    /// <param name="position">Its position in the graph's articles.</param>
    public void Article(Article article, int position)
    {
        if (StartRow("merge articles", CypherStatements.MergeArticles, RecordKind.Article, position))
        {
            return;
        }

        script.Write("{id: "u8);
        CypherLiteral.WriteString(script, article.Id);
        script.Write(", title: "u8);
        CypherLiteral.WriteString(script, article.Title);
        script.Write(", category: "u8);
        NullableString(article.Category);
        script.Write(", source: "u8);
        CypherLiteral.WriteString(script, article.Source);
        script.Write((byte)'}');
        records.End();
    }

    /// <summary>An entity row; metric fields are null when not computed.</summary>
    /// <param name="purpose">The batch's purpose.</param>
    /// <param name="statement">The batch's statement.</param>
    /// <param name="position">Its position in the graph's entities.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="metrics">The graph's metrics.</param>
    public void Entity(string purpose, string statement, int position, Entity entity, MetricsIndex metrics)
    {
        Start(purpose, statement);
        if (records.TryCopy(RecordKind.Entity, position))
        {
            return;
        }

        if (!records.TryCopyHead(RecordKind.Entity, position))
        {
            records.Begin(RecordKind.Entity, position);
            EntityHead(entity);
            records.EndHead();
        }

        EntityTail(metrics.Of(position, entity.Id));
        records.End();
    }

    /// <summary>A MENTIONS row.</summary>
    /// <param name="mention">The mention.</param>
    /// <param name="position">Its position in the graph's mentions.</param>
    public void Mention(ArticleMention mention, int position)
    {
        if (StartRow("merge MENTIONS relationships", CypherStatements.MergeMentions, RecordKind.Mention, position))
        {
            return;
        }

        MentionFields(mention);
        records.End();
    }

    /// <summary>A typed relation's row: its evidence as three parallel lists.</summary>
    /// <param name="purpose">The batch's purpose.</param>
    /// <param name="statement">The batch's statement.</param>
    /// <param name="relation">The relation.</param>
    /// <param name="position">Its position in the graph's relations.</param>
    public void Relation(string purpose, string statement, Relation relation, int position)
    {
        if (StartRow(purpose, statement, RecordKind.Relation, position))
        {
            return;
        }

        RelationFields(relation);
        records.End();
    }

    /// <summary>An entity row's map up to its metrics: its head (<see cref="RecordHead"/>).</summary>
    private void EntityHead(Entity entity)
    {
        script.Write("{id: "u8);
        CypherLiteral.WriteString(script, entity.Id);
        script.Write(", name: "u8);
        CypherLiteral.WriteString(script, entity.Name);
        script.Write(", aliases: "u8);
        Strings(entity.Aliases);
        script.Write(", mentions: "u8);
        script.Write(entity.MentionCount);
        script.Write(", articles: "u8);
        Strings(entity.ArticleIds);
    }

    /// <summary>An entity row's metric fields, null when not computed, and the end of its map.</summary>
    private void EntityTail(EntityMetrics? metrics)
    {
        if (metrics is null)
        {
            script.Write(", pagerank: null, betweenness: null, community: null, lineage_depth: null}"u8);
            return;
        }

        script.Write(", pagerank: "u8);
        script.Write(_numbers.Get(metrics.PageRank));
        script.Write(", betweenness: "u8);
        script.Write(_numbers.Get(metrics.Betweenness));
        script.Write(", community: "u8);
        CypherLiteral.WriteString(script, metrics.Community);
        script.Write(", lineage_depth: "u8);
        script.Write(metrics.LineageDepth);
        script.Write((byte)'}');
    }

    /// <summary>An entity row's map, as a record on its own.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="metrics">Its metrics, if computed.</param>
    /// <returns>The row's bytes, and the length of those before its metrics.</returns>
    public static (byte[] Bytes, int HeadLength) EntityRecord(Entity entity, EntityMetrics? metrics)
    {
        var headLength = 0;
        var bytes = Record((rows, script) =>
        {
            rows.EntityHead(entity);
            headLength = checked((int)script.Position);
            rows.EntityTail(metrics);
        });
        return (bytes, headLength);
    }

    /// <summary>A MENTIONS row's map, as a record on its own.</summary>
    /// <param name="mention">The edge.</param>
    /// <returns>The row's bytes.</returns>
    public static byte[] MentionRecord(ArticleMention mention) => Record((rows, _) => rows.MentionFields(mention));

    /// <summary>A typed relation row's map, as a record on its own.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The row's bytes.</returns>
    public static byte[] RelationRecord(Relation relation) => Record((rows, _) => rows.RelationFields(relation));

    /// <summary>The bytes a row's writer writes, on its own; the output's position is that in the row.</summary>
    private static byte[] Record(Action<CypherScriptRows, Utf8Output> write)
    {
        using var buffer = new MemoryStream();
        var script = new Utf8Output(buffer);
        write(new CypherScriptRows(script, new RecordCopier(script), batchSize: 1), script);
        script.Flush();
        return buffer.ToArray();
    }

    /// <summary>A MENTIONS row's map.</summary>
    private void MentionFields(ArticleMention mention)
    {
        script.Write("{source: "u8);
        CypherLiteral.WriteString(script, mention.ArticleId);
        script.Write(", target: "u8);
        CypherLiteral.WriteString(script, mention.EntityId);
        script.Write(", count: "u8);
        script.Write(mention.Count);
        script.Write((byte)'}');
    }

    /// <summary>A typed relation row's map.</summary>
    private void RelationFields(Relation relation)
    {
        script.Write("{source: "u8);
        CypherLiteral.WriteString(script, relation.SourceId);
        script.Write(", target: "u8);
        CypherLiteral.WriteString(script, relation.TargetId);
        script.Write(", confidence: "u8);
        script.Write(_numbers.Get(Math.Round(relation.Confidence, 4)));
        var evidence = relation.Evidence.AsImmutableArray();
        script.Write(", evidence: ["u8);
        for (var i = 0; i < evidence.Length; i++)
        {
            Separate(i);
            CypherLiteral.WriteString(script, evidence[i].Sentence);
        }

        script.Write("], evidence_articles: ["u8);
        for (var i = 0; i < evidence.Length; i++)
        {
            Separate(i);
            CypherLiteral.WriteString(script, evidence[i].ArticleId);
        }

        script.Write("], cues: ["u8);
        for (var i = 0; i < evidence.Length; i++)
        {
            Separate(i);
            CypherLiteral.WriteString(script, evidence[i].Cue);
        }

        script.Write("]}"u8);
    }

    /// <summary>Closes the last batch.</summary>
    public void Finish()
    {
        if (_statement is not null)
        {
            script.Write("];\n"u8);
            script.Write(_statement);
            script.Write(";\n"u8);
            _statement = null;
        }
    }

    /// <summary>
    /// Starts a row (see <see cref="Start"/>), then copies it from the last export when it has it, else
    /// begins it for the caller to write.
    /// </summary>
    /// <returns>Whether the row was copied.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StartRow(string purpose, string statement, RecordKind kind, int position)
    {
        Start(purpose, statement);
        if (records.TryCopy(kind, position))
        {
            return true;
        }

        records.Begin(kind, position);
        return false;
    }

    /// <summary>Opens a batch when the statement changes or the batch is full, else separates the row from the one before.</summary>
    private void Start(string purpose, string statement)
    {
        if (_statement is not null && (_rows == batchSize || !string.Equals(statement, _statement, StringComparison.Ordinal)))
        {
            Finish();
        }

        if (_statement is null)
        {
            script.Write("\n// "u8);
            script.Write(purpose);
            script.Write("\n:param rows => ["u8);
            _statement = statement;
            _rows = 0;
        }
        else
        {
            script.Write(", "u8);
        }

        _rows++;
    }

    private void Separate(int index)
    {
        if (index > 0)
        {
            script.Write(", "u8);
        }
    }

    private void NullableString(string? value)
    {
        if (value is null)
        {
            script.Write("null"u8);
        }
        else
        {
            CypherLiteral.WriteString(script, value);
        }
    }

    private void Strings(EquatableArray<string> values)
    {
        script.Write((byte)'[');
        var items = values.AsImmutableArray();
        for (var i = 0; i < items.Length; i++)
        {
            Separate(i);
            CypherLiteral.WriteString(script, items[i]);
        }

        script.Write((byte)']');
    }
}
