namespace Digest.Extractor.Graph.Lineage;

/// <summary>Which way a lineage is traced.</summary>
public enum LineageDirection
{
    /// <summary>Ancestors: what the entity builds on, uses, or was introduced by.</summary>
    Up,

    /// <summary>Descendants: what builds on, uses, or was introduced by the entity.</summary>
    Down,
}
