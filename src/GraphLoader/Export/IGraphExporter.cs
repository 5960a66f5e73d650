using Digest.Extractor.Model;

namespace Digest.GraphLoader.Export;

/// <summary>Writes the graph in one file format.</summary>
public interface IGraphExporter
{
    /// <summary>The file name a build writes it to, e.g. <c>graph.json</c>.</summary>
    string FileName { get; }

    /// <summary>Writes the graph; output is deterministic for a given graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="output">The stream to write to (left open).</param>
    void Write(KnowledgeGraphData graph, Stream output);
}
