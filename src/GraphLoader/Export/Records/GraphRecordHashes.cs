using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export.Records;

/// <summary>
/// A 64-bit hash of every record of a graph: of every field an export writes of it (an entity's
/// metrics included, an article's body not: no export writes it). Two records with the same hash
/// are written as the same bytes by the same exporter, which is what lets a rebuild copy the
/// unchanged records of its last export instead of formatting them again. An entity also has the
/// hash of its head (<see cref="RecordHead"/>): its fields before the metrics, which a rebuild copies
/// when only the metrics changed; its record's hash goes on from there.
/// </summary>
public sealed class GraphRecordHashes
{
    private const int ChunkSize = 4096;

    private readonly ulong[][] _hashes;
    private readonly ulong[] _entityHeads;

    private GraphRecordHashes(ulong[][] hashes, ulong[] entityHeads)
    {
        _hashes = hashes;
        _entityHeads = entityHeads;
    }

    /// <summary>Hashes every record of <paramref name="graph"/>, on all cores.</summary>
    /// <param name="graph">The graph, with its metrics if computed.</param>
    public static GraphRecordHashes Compute(KnowledgeGraphData graph) => Compute(graph, WithoutEntities(graph));

    /// <summary>
    /// Hashes every record of <paramref name="graph"/>, taking all but the entities' from <paramref name="started"/>.
    /// </summary>
    /// <param name="graph">The graph with its metrics attached.</param>
    /// <param name="started">The hashes <see cref="StartWithoutEntities"/> began on the same graph before its metrics were attached.</param>
    /// <exception cref="ArgumentException">The started hashes are of another graph.</exception>
    public static GraphRecordHashes Compute(KnowledgeGraphData graph, Task<GraphRecordHashes> started) =>
        Compute(graph, started.GetAwaiter().GetResult());

    /// <summary>
    /// Starts hashing the records that carry no metrics (articles, MENTIONS edges, relationships: most of the bytes) and
    /// the entities' heads on the thread pool, for <see cref="Compute(KnowledgeGraphData, Task{GraphRecordHashes})"/> to finish once the
    /// metrics are attached. Started before the metrics, it uses the core their single-threaded part leaves idle.
    /// </summary>
    /// <param name="graph">The graph, before or after its metrics are attached.</param>
    public static Task<GraphRecordHashes> StartWithoutEntities(KnowledgeGraphData graph) => Task.Run(() => WithoutEntities(graph));

    private static GraphRecordHashes WithoutEntities(KnowledgeGraphData graph)
    {
        var hashes = new ulong[4][];
        hashes[(int)RecordKind.Article] = Hash(graph.Articles.Count, () => i => Of(graph.Articles[i]));
        hashes[(int)RecordKind.Entity] = [];
        hashes[(int)RecordKind.Mention] = Hash(graph.Mentions.Count, () => i => Of(graph.Mentions[i]));
        hashes[(int)RecordKind.Relation] = Hash(graph.Relations.Count, () => i => Of(graph.Relations[i]));
        return new GraphRecordHashes(hashes, Hash(graph.Entities.Count, () => i => HeadOf(graph.Entities[i])));
    }

    private static GraphRecordHashes Compute(KnowledgeGraphData graph, GraphRecordHashes withoutEntities)
    {
        var hashes = withoutEntities._hashes.ToArray();
        if (hashes[(int)RecordKind.Article].Length != graph.Articles.Count || hashes[(int)RecordKind.Mention].Length != graph.Mentions.Count
            || hashes[(int)RecordKind.Relation].Length != graph.Relations.Count || withoutEntities._entityHeads.Length != graph.Entities.Count)
        {
            throw new ArgumentException("the hashes were started on another graph", nameof(withoutEntities));
        }

        var heads = withoutEntities._entityHeads;
        hashes[(int)RecordKind.Entity] = Hash(graph.Entities.Count, () =>
        {
            // A metrics index is not thread-safe: one per chunk.
            var metrics = new MetricsIndex(graph);
            return i => WithMetrics(heads[i], metrics.Of(i, graph.Entities[i].Id));
        });
        return new GraphRecordHashes(hashes, heads);
    }

    /// <summary>How many records the graph has, of all kinds.</summary>
    public int Count => _hashes.Sum(list => list.Length);

    /// <summary>The hash of one record.</summary>
    /// <param name="kind">The record's list.</param>
    /// <param name="position">Its position in that list.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Of(RecordKind kind, int position) => _hashes[(int)kind][position];

    /// <summary>The hash of an entity's head: its fields before the metrics.</summary>
    /// <param name="position">The entity's position in the graph's entities.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong EntityHeadOf(int position) => _entityHeads[position];

    /// <summary>An article node's hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong Of(Article article)
    {
        var hasher = new RecordHasher(RecordKind.Article);
        hasher.Add(article.Id);
        hasher.Add(article.Title);
        hasher.Add(article.Category);
        hasher.Add(article.Source);
        hasher.Add(article.Line);
        hasher.Add(article.IsTruncated);
        return hasher.Hash;
    }

    /// <summary>An entity node's hash, with its metrics or their absence.</summary>
    internal static ulong Of(Entity entity, EntityMetrics? metrics) => WithMetrics(HeadOf(entity), metrics);

    /// <summary>The hash of an entity's head: every field its exports write before the metrics.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong HeadOf(Entity entity)
    {
        var hasher = new RecordHasher(RecordKind.Entity);
        hasher.Add(entity.Id);
        hasher.Add((long)entity.Type);
        hasher.Add(entity.Name);
        Add(ref hasher, entity.Aliases);
        hasher.Add(entity.MentionCount);
        Add(ref hasher, entity.ArticleIds);
        return hasher.Hash;
    }

    /// <summary>An entity node's hash from its head's, with its metrics or their absence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong WithMetrics(ulong head, EntityMetrics? metrics)
    {
        var hasher = RecordHasher.GoingOnFrom(head);
        hasher.Add(metrics is not null);
        if (metrics is not null)
        {
            hasher.Add(metrics.EntityId);
            hasher.Add(metrics.PageRank);
            hasher.Add(metrics.Betweenness);
            hasher.Add(metrics.Community);
            hasher.Add(metrics.LineageDepth);
        }

        return hasher.Hash;
    }

    /// <summary>A MENTIONS edge's hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong Of(ArticleMention mention)
    {
        var hasher = new RecordHasher(RecordKind.Mention);
        hasher.Add(mention.ArticleId);
        hasher.Add(mention.EntityId);
        hasher.Add(mention.Count);
        return hasher.Hash;
    }

    /// <summary>A typed relationship's hash, with all its evidence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong Of(Relation relation)
    {
        var hasher = new RecordHasher(RecordKind.Relation);
        hasher.Add(relation.SourceId);
        hasher.Add((long)relation.Type);
        hasher.Add(relation.TargetId);
        var evidence = relation.Evidence.AsImmutableArray();
        hasher.Add(evidence.Length);
        foreach (var item in evidence)
        {
            hasher.Add(item.ArticleId);
            hasher.Add(item.Sentence);
            hasher.Add(item.Cue);
        }

        hasher.Add(relation.Confidence);
        return hasher.Hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(ref RecordHasher hasher, EquatableArray<string> values)
    {
        var items = values.AsImmutableArray();
        hasher.Add(items.Length);
        foreach (var item in items)
        {
            hasher.Add(item);
        }
    }

    /// <summary>Hashes <paramref name="count"/> records in chunks on all cores.</summary>
    /// <param name="count">How many records the list has.</param>
    /// <param name="hasherOfChunk">Makes the hash function a chunk uses.</param>
    private static ulong[] Hash(int count, Func<Func<int, ulong>> hasherOfChunk)
    {
        var hashes = new ulong[count];
        if (count == 0)
        {
            return hashes;
        }

        Parallel.ForEach(Partitioner.Create(0, count, ChunkSize), range =>
        {
            var hash = hasherOfChunk();
            for (var i = range.Item1; i < range.Item2; i++)
            {
                hashes[i] = hash(i);
            }
        });
        return hashes;
    }
}
