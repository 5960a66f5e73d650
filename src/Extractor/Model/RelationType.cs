namespace Digest.Extractor.Model;

/// <summary>The relationship types of SCHEMA.md; <see cref="Mentions"/> links an article to an entity.</summary>
public enum RelationType
{
    /// <summary>Article → Entity: the article names the entity.</summary>
    Mentions,

    /// <summary>Author → Paper / Method / Model.</summary>
    Authored,

    /// <summary>Paper → Method / Model / Dataset.</summary>
    Introduces,

    /// <summary>Method / Model → Method / Model / Concept: lineage.</summary>
    BuildsOn,

    /// <summary>Method / Model → Method / Model / Tool / Dataset.</summary>
    Uses,

    /// <summary>Method → Method / Model: a component of a larger whole.</summary>
    PartOf,

    /// <summary>Any → Concept: an instance of a class.</summary>
    IsA,

    /// <summary>Method / Model → Dataset / Task: tested on.</summary>
    EvaluatedOn,

    /// <summary>Method / Model → Task: used for a problem.</summary>
    AppliedTo,

    /// <summary>Method / Model → Method / Model: compared against.</summary>
    ComparedWith,
}
