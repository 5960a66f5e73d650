using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>A local relation waiting for the merge, its ends as <see cref="KeySets"/> numbers instead of key strings.</summary>
/// <param name="Source">The source's key number.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Target">The target's key number.</param>
/// <param name="Evidence">Where it was read.</param>
/// <param name="Confidence">0..1.</param>
internal readonly record struct PendingRelation(int Source, RelationType Type, int Target, Evidence Evidence, double Confidence);
