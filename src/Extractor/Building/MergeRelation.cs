using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>A local relation as the merge takes it.</summary>
/// <param name="SourceKey">The source's name key.</param>
/// <param name="Type">The relation type.</param>
/// <param name="TargetKey">The target's name key.</param>
/// <param name="Evidence">Where it was read.</param>
/// <param name="Confidence">0..1.</param>
internal readonly record struct MergeRelation(string SourceKey, RelationType Type, string TargetKey, Evidence Evidence, double Confidence);
