using System.Security.Cryptography;
using System.Text;
using Digest.Extractor.Building;
using Digest.Extractor.Caching;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// Names what a build's outputs depend on, two ways. <see cref="Of"/> names the input: the extractor version (rules,
/// data, stage code), the code that merges, measures and exports the graph and the .NET runtime it runs on, and each
/// article's content key and line in input order (the line is written into graph.json, the content key is not
/// enough). <see cref="OfGraph"/> names the graph: the same code and runtime, and what each article gives the merge
/// (<see cref="MergeInputHash"/>) with its line, so edits that give the merge the same inputs name the same graph.
/// Equal fingerprints mean byte-identical outputs, so a build can skip its work.
/// </summary>
internal static class BuildFingerprint
{
    /// <summary>The fingerprint of a build's input.</summary>
    /// <param name="extractorVersion">The <see cref="ExtractorVersion"/> of the pipeline.</param>
    /// <param name="keys">The articles' <see cref="ArticleKey"/>s, in input order.</param>
    /// <param name="lines">Their lines, in the same order.</param>
    /// <param name="exporters">The output files written, in order.</param>
    public static string Of(string extractorVersion, IReadOnlyList<UInt128> keys, IReadOnlyList<int> lines, IEnumerable<string> exporters) =>
        Hash("extractor " + extractorVersion, keys, lines, exporters);

    /// <summary>The fingerprint of the graph a build makes, known once every article's merge input is.</summary>
    /// <param name="mergeHashes">The <see cref="MergeInputHash"/> of each article, in input order.</param>
    /// <param name="lines">Their lines, in the same order.</param>
    /// <param name="exporters">The output files written, in order.</param>
    public static string OfGraph(IReadOnlyList<UInt128> mergeHashes, IReadOnlyList<int> lines, IEnumerable<string> exporters) =>
        Hash("merge inputs", mergeHashes, lines, exporters);

    private static string Hash(string what, IReadOnlyList<UInt128> articleHashes, IReadOnlyList<int> lines, IEnumerable<string> exporters)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n', [
            what,
            "graph " + typeof(GraphBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            "export " + typeof(GraphLoader.Export.AtomicFile).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            "cli " + typeof(BuildFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N"),

            // The runtime formats numbers and escapes text in the exports: another .NET may write other bytes.
            "runtime " + Environment.Version,
            "files " + string.Join(',', exporters),
        ])));
        Span<byte> entry = stackalloc byte[20];
        for (var i = 0; i < articleHashes.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(entry, articleHashes[i]);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(entry[16..], lines[i]);
            hash.AppendData(entry);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
