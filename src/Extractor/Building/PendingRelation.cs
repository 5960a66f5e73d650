using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>A local relation waiting for the merge, its ends as the local entities they are (numbered in the merge's input order) instead of key strings.</summary>
/// <param name="Source">The source's local entity.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Target">The target's local entity.</param>
/// <param name="Evidence">Where it was read.</param>
/// <param name="Confidence">0..1.</param>
internal readonly record struct PendingRelation(int Source, RelationType Type, int Target, Evidence Evidence, double Confidence);
