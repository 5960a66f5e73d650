using Digest.Extractor.Model;

namespace Digest.Extractor.Pipeline;

/// <summary>A relation found within one article, between local entity keys.</summary>
/// <param name="SourceKey">The source entity's local key.</param>
/// <param name="Type">The relation type.</param>
/// <param name="TargetKey">The target entity's local key.</param>
/// <param name="Evidence">Where it was read.</param>
/// <param name="Confidence">0..1.</param>
public sealed record LocalRelation(string SourceKey, RelationType Type, string TargetKey, Evidence Evidence, double Confidence);
