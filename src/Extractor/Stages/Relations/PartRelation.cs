using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// What a named part is to its whole. SCHEMA.md lets only a method be PART_OF another work; a model or tool that a work is
/// made of (<c>LLaVA由CLIP视觉编码器和Vicuna组成</c>) is one the whole USES, as SCHEMA.md reads USES: "uses it as a part or
/// tool". A dataset among a work's parts (<c>ReMMD框架包含两个核心组件：(1) ReMMDBench——…基准</c>) is one the work builds, not uses.
/// </summary>
internal static class PartRelation
{
    /// <summary>The relation a part and its whole make, from and to whom, or null when neither fits the signatures.</summary>
    /// <param name="signatures">Which types each relation links.</param>
    /// <param name="part">The part.</param>
    /// <param name="whole">The work it is a part of.</param>
    public static (RelationType Type, LocalEntity Source, LocalEntity Target)? Between(RelationSignatures signatures, LocalEntity part, LocalEntity whole)
    {
        if (signatures.Fits(RelationType.PartOf, part.Type, whole.Type))
        {
            return (RelationType.PartOf, part, whole);
        }

        return part.Type != EntityType.Dataset && signatures.Fits(RelationType.Uses, whole.Type, part.Type) ? (RelationType.Uses, whole, part) : null;
    }
}
