namespace Digest.GraphLoader.Export.Records;

/// <summary>How many records of each kind a graph has: <c>graph.json</c> holds them in this order, so a record's place there follows from its position.</summary>
/// <param name="Articles">Article nodes.</param>
/// <param name="Entities">Entity nodes.</param>
/// <param name="Mentions">MENTIONS edges.</param>
/// <param name="Relations">Typed relationships.</param>
public sealed record RecordCounts(int Articles, int Entities, int Mentions, int Relations)
{
    /// <summary>How many records there are in all.</summary>
    public long Total => (long)Articles + Entities + Mentions + Relations;
}
