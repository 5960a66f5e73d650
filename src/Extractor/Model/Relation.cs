namespace Digest.Extractor.Model;

/// <summary>A typed relationship between two entities, with all the evidence found for it.</summary>
/// <param name="SourceId">The source entity's id.</param>
/// <param name="Type">The relationship type (never <see cref="RelationType.Mentions"/>).</param>
/// <param name="TargetId">The target entity's id.</param>
/// <param name="Evidence">The sentences it was read from, in article then sentence order.</param>
/// <param name="Confidence">0..1: how direct the strongest cue was.</param>
public sealed record Relation(
    string SourceId,
    RelationType Type,
    string TargetId,
    EquatableArray<Evidence> Evidence,
    double Confidence);
