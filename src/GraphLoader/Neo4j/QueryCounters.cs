using System.Text.Json;

namespace Digest.GraphLoader.Neo4j;

/// <summary>The Query API's <c>counters</c> object (requested with <c>includeCounters: true</c>), summed over statements with <c>+</c>.</summary>
/// <param name="NodesCreated">Nodes created.</param>
/// <param name="NodesDeleted">Nodes deleted.</param>
/// <param name="RelationshipsCreated">Relationships created.</param>
/// <param name="RelationshipsDeleted">Relationships deleted.</param>
/// <param name="PropertiesSet">Properties set on nodes and relationships.</param>
/// <param name="LabelsAdded">Labels added to nodes.</param>
/// <param name="IndexesAdded">Indexes created.</param>
/// <param name="ConstraintsAdded">Constraints created.</param>
public sealed record QueryCounters(
    long NodesCreated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long PropertiesSet,
    long LabelsAdded,
    long IndexesAdded,
    long ConstraintsAdded)
{
    /// <summary>No changes.</summary>
    public static QueryCounters None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Sums two sets of counters.</summary>
    /// <param name="a">The first.</param>
    /// <param name="b">The second.</param>
    public static QueryCounters operator +(QueryCounters a, QueryCounters b) => new(
        a.NodesCreated + b.NodesCreated,
        a.NodesDeleted + b.NodesDeleted,
        a.RelationshipsCreated + b.RelationshipsCreated,
        a.RelationshipsDeleted + b.RelationshipsDeleted,
        a.PropertiesSet + b.PropertiesSet,
        a.LabelsAdded + b.LabelsAdded,
        a.IndexesAdded + b.IndexesAdded,
        a.ConstraintsAdded + b.ConstraintsAdded);

    /// <summary>Reads a <c>counters</c> object; missing fields count as zero.</summary>
    /// <param name="counters">The JSON object.</param>
    public static QueryCounters Parse(JsonElement counters)
    {
        long Get(string name) => counters.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        return new QueryCounters(
            Get("nodesCreated"),
            Get("nodesDeleted"),
            Get("relationshipsCreated"),
            Get("relationshipsDeleted"),
            Get("propertiesSet"),
            Get("labelsAdded"),
            Get("indexesAdded"),
            Get("constraintsAdded"));
    }
}
