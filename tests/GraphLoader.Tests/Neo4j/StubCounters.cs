namespace Digest.GraphLoader.Tests.Neo4j;

/// <summary>The counters one statement produced in the stub, named as the Query API names them.</summary>
public sealed class StubCounters
{
    public long NodesCreated { get; set; }

    public long NodesDeleted { get; set; }

    public long RelationshipsCreated { get; set; }

    public long RelationshipsDeleted { get; set; }

    public long PropertiesSet { get; set; }

    public long LabelsAdded { get; set; }

    public long IndexesAdded { get; set; }

    public long ConstraintsAdded { get; set; }

    public Dictionary<string, object> ToJson() => new()
    {
        ["containsUpdates"] = NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + IndexesAdded + ConstraintsAdded > 0,
        ["nodesCreated"] = NodesCreated,
        ["nodesDeleted"] = NodesDeleted,
        ["propertiesSet"] = PropertiesSet,
        ["relationshipsCreated"] = RelationshipsCreated,
        ["relationshipsDeleted"] = RelationshipsDeleted,
        ["labelsAdded"] = LabelsAdded,
        ["labelsRemoved"] = 0,
        ["indexesAdded"] = IndexesAdded,
        ["indexesRemoved"] = 0,
        ["constraintsAdded"] = ConstraintsAdded,
        ["constraintsRemoved"] = 0,
        ["containsSystemUpdates"] = false,
        ["systemUpdates"] = 0,
    };
}
