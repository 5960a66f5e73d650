using Digest.Extractor.Model;
using Digest.GraphLoader.Export.Records;

namespace Digest.GraphLoader.Export;

/// <summary>An exporter that writes the graph record by record, so a rebuild can copy the records that did not change from its last export.</summary>
public interface IRecordExporter : IGraphExporter
{
    /// <summary>Writes the graph, each record through <paramref name="reuse"/>; the bytes are those of <see cref="IGraphExporter.Write"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="output">The stream to write to (left open).</param>
    /// <param name="reuse">What to reuse of the last export, and where to note this one's records.</param>
    void Write(KnowledgeGraphData graph, Stream output, RecordReuse reuse);

    /// <summary>
    /// The bytes of one entity's record, as <see cref="Write(KnowledgeGraphData, Stream, RecordReuse)"/> writes them
    /// wherever it stands, so a rebuild can put a changed record in the place of the old one; with the length of its
    /// head, the bytes before its metrics (<see cref="RecordHead"/>).
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="metrics">Its metrics, if computed.</param>
    (byte[] Bytes, int HeadLength) EntityRecord(Entity entity, EntityMetrics? metrics);

    /// <summary>The bytes of one MENTIONS edge's record (see <see cref="EntityRecord"/>).</summary>
    /// <param name="mention">The edge.</param>
    byte[] MentionRecord(ArticleMention mention);

    /// <summary>The bytes of one typed relationship's record (see <see cref="EntityRecord"/>).</summary>
    /// <param name="relation">The relationship.</param>
    byte[] RelationRecord(Relation relation);
}
