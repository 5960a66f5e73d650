namespace Digest.GraphLoader.Export.Records;

/// <summary>The kinds of record an export writes, one per graph list.</summary>
public enum RecordKind
{
    /// <summary>An article node (<see cref="Digest.Extractor.Model.KnowledgeGraphData.Articles"/>).</summary>
    Article,

    /// <summary>An entity node with its metrics (<see cref="Digest.Extractor.Model.KnowledgeGraphData.Entities"/>).</summary>
    Entity,

    /// <summary>A MENTIONS edge (<see cref="Digest.Extractor.Model.KnowledgeGraphData.Mentions"/>).</summary>
    Mention,

    /// <summary>A typed relationship (<see cref="Digest.Extractor.Model.KnowledgeGraphData.Relations"/>).</summary>
    Relation,
}
