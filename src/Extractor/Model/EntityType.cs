namespace Digest.Extractor.Model;

/// <summary>The type label of an entity node (SCHEMA.md, "Nodes").</summary>
public enum EntityType
{
    /// <summary>A paper, report or post named by its title.</summary>
    Paper,

    /// <summary>A named technique, algorithm, mechanism, architecture or component.</summary>
    Method,

    /// <summary>A named trained model, model family, agent or system.</summary>
    Model,

    /// <summary>A person.</summary>
    Author,

    /// <summary>A dataset, benchmark or environment used for evaluation.</summary>
    Dataset,

    /// <summary>A named problem or application.</summary>
    Task,

    /// <summary>A named theory, model class or technical notion.</summary>
    Concept,

    /// <summary>A company, lab or institution.</summary>
    Organization,

    /// <summary>Software or hardware that is used but not studied.</summary>
    Tool,
}
