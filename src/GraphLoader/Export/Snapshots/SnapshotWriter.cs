namespace Digest.GraphLoader.Export.Snapshots;

/// <summary>
/// Collects what a graph parser reads, in the layout <see cref="AnalysisSnapshot"/> reads back: a section per list,
/// strings as indexes into the parser's <see cref="StringPool"/>, whose strings <see cref="Finish"/> appends as the
/// string table. The parser knows each string's index already, so nothing is looked up twice.
/// </summary>
internal sealed class SnapshotWriter
{
    /// <summary>Per article: id, title, category (-1 when none), source, line, whether truncated.</summary>
    public SnapshotSection Articles { get; } = new();

    /// <summary>Per entity: id, type, name, aliases, mention count, article ids.</summary>
    public SnapshotSection Entities { get; } = new();

    /// <summary>Per entity with metrics: id, PageRank, betweenness, community, lineage depth.</summary>
    public SnapshotSection Metrics { get; } = new();

    /// <summary>Per typed relation: source, type, target, confidence, evidence offset and length in the graph file.</summary>
    public SnapshotSection Relations { get; } = new();

    /// <summary>Per MENTIONS edge: article, entity, count.</summary>
    public SnapshotSection Mentions { get; } = new();

    /// <summary>The sections in order, then the string table (its count, then each string with a 7-bit encoded UTF-8 length).</summary>
    /// <param name="strings">The strings the indexes refer to.</param>
    /// <returns>All bytes, and where the string table starts among them.</returns>
    /// <exception cref="System.Text.EncoderFallbackException">A string is not valid UTF-16 (a lone surrogate).</exception>
    public (ArraySegment<byte> Bytes, int TableStart) Finish(IReadOnlyList<string> strings)
    {
        var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, AnalysisSnapshot.Utf8, leaveOpen: true);
        foreach (var section in new[] { Articles, Entities, Metrics, Relations, Mentions })
        {
            section.CopyTo(writer);
        }

        writer.Flush();
        var tableStart = checked((int)stream.Length);
        writer.Write(strings.Count);
        foreach (var value in strings)
        {
            writer.Write(value);
        }

        writer.Flush();
        return (new ArraySegment<byte>(stream.GetBuffer(), 0, checked((int)stream.Length)), tableStart);
    }
}
