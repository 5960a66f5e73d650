namespace Digest.Extractor.Evaluation;

/// <summary>How a graph scores against a gold annotation, with what it missed and what matched nothing.</summary>
/// <param name="Entities">Entity matching (any normalized name or alias in common).</param>
/// <param name="TypeAccuracy">Of the matched predicted entities, the share whose label is a matched gold entity's type.</param>
/// <param name="Pairs">Relations as undirected pairs of any type.</param>
/// <param name="Typed">Relations as directed triples of the same type.</param>
/// <param name="MissedEntities">Gold entity names no prediction matches, sorted.</param>
/// <param name="MissedRelations">Gold triples (<c>head -TYPE-&gt; tail</c>) not predicted, sorted.</param>
/// <param name="UnmatchedEntities">Predicted entities (<c>Label name</c>) that match no gold entity, sorted.</param>
/// <param name="UnmatchedRelations">Predicted relations (<c>source -TYPE-&gt; target</c>) that match no gold pair, sorted.</param>
public sealed record EvaluationReport(
    ScoreLine Entities,
    double TypeAccuracy,
    ScoreLine Pairs,
    ScoreLine Typed,
    IReadOnlyList<string> MissedEntities,
    IReadOnlyList<string> MissedRelations,
    IReadOnlyList<string> UnmatchedEntities,
    IReadOnlyList<string> UnmatchedRelations);
