using Digest.Extractor.Model;
using QuikGraph;

namespace Digest.Extractor.Graph;

/// <summary>A QuikGraph edge carrying one typed relation (entity id → entity id).</summary>
/// <param name="relation">The relation.</param>
public sealed class RelationEdge(Relation relation) : IEdge<string>
{
    /// <summary>The relation, with its type and evidence.</summary>
    public Relation Relation { get; } = relation;

    /// <inheritdoc />
    public string Source => Relation.SourceId;

    /// <inheritdoc />
    public string Target => Relation.TargetId;

    /// <summary>The relation type.</summary>
    public RelationType Type => Relation.Type;
}
