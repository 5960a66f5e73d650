using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Loading;

/// <summary>
/// Decides what a load sends. With a manifest that describes the same target and whose load id the
/// database's marker still holds, only rows whose hash changed are sent, and <c>--prune</c> deletes
/// exactly the manifest's nodes and relationships the graph no longer has; otherwise everything is
/// sent and <c>--prune</c> deletes every Article, Entity and schema relationship not in the graph.
/// Either way Neo4j ends up holding what a full load of the same graph gives.
/// </summary>
public static class LoadPlanner
{
    /// <summary>Plans a load.</summary>
    /// <param name="graph">The graph to load.</param>
    /// <param name="options">Batch size, prune, full.</param>
    /// <param name="target">The server and database (<see cref="Neo4jSettings.Target"/>).</param>
    /// <param name="previous">The manifest beside the graph, if any.</param>
    /// <param name="markerLoadId">The load id on the database's marker node (null: none), or <paramref name="previous"/>'s when it was not read (dry run).</param>
    public static LoadPlan Plan(KnowledgeGraphData graph, LoadOptions options, string target, LoadManifest? previous, string? markerLoadId)
    {
        var rows = CypherBatches.Rows(graph).ToList();
        var hashes = new Dictionary<GraphKey, string>(rows.Count);
        foreach (var row in rows)
        {
            hashes[row.Key] = RowHash.Of(row);
        }

        var (valid, reason) = Check(target, previous, markerLoadId);
        var incremental = valid && !options.Full;
        if (valid && options.Full)
        {
            reason = "--full";
        }

        var send = incremental
            ? rows.Where(r => !previous!.Entries.TryGetValue(r.Key, out var hash) || hash != hashes[r.Key]).ToList()
            : rows;
        var prune = !options.Prune ? []
            : incremental ? DeleteStale(previous!, hashes, options.BatchSize)
            : PruneAll(graph);

        var entries = new Dictionary<GraphKey, string>(valid && !options.Prune ? previous!.Entries : new Dictionary<GraphKey, string>());
        foreach (var (key, hash) in hashes)
        {
            entries[key] = hash;
        }

        var schema = CypherStatements.Schema.Select(s => new Neo4jStatement("create constraints and indexes", s, new Dictionary<string, object?>())).ToList();
        return new LoadPlan(
            incremental,
            reason,
            schema,
            CypherBatches.Chunk(send, options.BatchSize).ToList(),
            prune,
            rows.Count - send.Count,
            send.Count(r => r.Key.IsNode),
            new LoadManifest(target, Guid.NewGuid().ToString("N"), entries));
    }

    private static (bool Valid, string Reason) Check(string target, LoadManifest? previous, string? markerLoadId) =>
        previous is null ? (false, "no load manifest beside the graph")
        : previous.Target != target ? (false, $"the load manifest describes {previous.Target}")
        : previous.LoadId != markerLoadId ? (false, "the database does not hold the manifest's load (new, wiped or loaded from elsewhere)")
        : (true, $"the load manifest matches {target}");

    private static List<Neo4jStatement> DeleteStale(LoadManifest previous, Dictionary<GraphKey, string> current, int batchSize)
    {
        var stale = previous.Entries.Keys.Where(k => !current.ContainsKey(k))
            .OrderBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal).ThenBy(k => k.Target, StringComparer.Ordinal)
            .ToList();
        var statements = new List<Neo4jStatement>();

        // Relationships first: a node's DETACH DELETE would take them anyway, but this keeps counts exact.
        foreach (var group in stale.Where(k => !k.IsNode).GroupBy(k => k.Kind))
        {
            if (!SchemaNames.TryParseRelation(group.Key, out var type))
            {
                continue;
            }

            foreach (var chunk in group.Chunk(batchSize))
            {
                statements.Add(Rows($"delete stale {group.Key} relationships", LoadStatements.DeleteRelationships(type), chunk.Select(k => new Dictionary<string, object?> { ["source"] = k.Id, ["target"] = k.Target })));
            }
        }

        foreach (var label in new[] { SchemaNames.ArticleLabel, SchemaNames.EntityLabel })
        {
            foreach (var chunk in stale.Where(k => k.IsNode && k.Kind == label).Chunk(batchSize))
            {
                statements.Add(Rows($"delete stale {label} nodes", LoadStatements.DeleteNodes(label), chunk.Select(k => new Dictionary<string, object?> { ["id"] = k.Id })));
            }
        }

        return statements;
    }

    private static List<Neo4jStatement> PruneAll(KnowledgeGraphData graph)
    {
        var statements = new List<Neo4jStatement>();
        foreach (var type in Enum.GetValues<RelationType>())
        {
            var pairs = type == RelationType.Mentions
                ? graph.Mentions.Select(m => new GraphKey(string.Empty, m.ArticleId, m.EntityId).Pair)
                : graph.Relations.Where(r => r.Type == type).Select(r => new GraphKey(string.Empty, r.SourceId, r.TargetId).Pair);
            statements.Add(new Neo4jStatement($"prune {SchemaNames.Name(type)} relationships", LoadStatements.PruneRelationships(type), new Dictionary<string, object?> { ["pairs"] = pairs.ToArray() }));
        }

        statements.Add(new Neo4jStatement("prune Article nodes", LoadStatements.PruneNodes(SchemaNames.ArticleLabel), new Dictionary<string, object?> { ["ids"] = graph.Articles.Select(a => a.Id).ToArray() }));
        statements.Add(new Neo4jStatement("prune Entity nodes", LoadStatements.PruneNodes(SchemaNames.EntityLabel), new Dictionary<string, object?> { ["ids"] = graph.Entities.Select(e => e.Id).ToArray() }));
        return statements;
    }

    private static Neo4jStatement Rows(string purpose, string statement, IEnumerable<Dictionary<string, object?>> rows) =>
        new(purpose, statement, new Dictionary<string, object?> { ["rows"] = rows.ToArray() });
}
