using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Lineage;

/// <summary>
/// The relation types a lineage may follow and which end of each is the parent: in
/// <c>A BUILDS_ON B</c> and <c>A USES B</c> the target B is the parent; in
/// <c>P INTRODUCES M</c> the source P (the paper) is.
/// </summary>
public static class LineageRelations
{
    /// <summary>The default: lineage proper.</summary>
    public static IReadOnlyList<RelationType> Default { get; } = [RelationType.BuildsOn];

    /// <summary>The types a lineage can follow.</summary>
    public static IReadOnlyList<RelationType> Supported { get; } = [RelationType.BuildsOn, RelationType.Uses, RelationType.Introduces];

    /// <summary>Whether the target of a relation of this type is the parent.</summary>
    /// <param name="type">A supported type.</param>
    public static bool ParentIsTarget(RelationType type) => type != RelationType.Introduces;
}
