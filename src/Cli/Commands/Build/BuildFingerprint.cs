using System.Security.Cryptography;
using System.Text;
using Digest.Extractor.Caching;
using Digest.Extractor.Model;

namespace Digest.Cli.Commands.Build;

/// <summary>
/// Names everything a build's outputs depend on: the extractor version (rules, data, stage code),
/// the code that merges, measures and exports the graph, and each article's content key and line
/// in input order (the line is written into graph.json, the content key is not enough).
/// Equal fingerprints mean byte-identical outputs, so a build can skip its work.
/// </summary>
internal static class BuildFingerprint
{
    /// <summary>The fingerprint of a build.</summary>
    /// <param name="extractorVersion">The <see cref="ExtractorVersion"/> of the pipeline.</param>
    /// <param name="articles">The articles read, in input order.</param>
    /// <param name="keys">Their <see cref="ArticleKey"/>s, in the same order.</param>
    /// <param name="exporters">The output files written, in order.</param>
    public static string Of(string extractorVersion, IReadOnlyList<Article> articles, IReadOnlyList<UInt128> keys, IEnumerable<string> exporters)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n', [
            "extractor " + extractorVersion,
            "graph " + typeof(Extractor.Building.GraphBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            "export " + typeof(GraphLoader.Export.AtomicFile).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            "cli " + typeof(BuildFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            "files " + string.Join(',', exporters),
        ])));
        Span<byte> entry = stackalloc byte[20];
        for (var i = 0; i < articles.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(entry, keys[i]);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(entry[16..], articles[i].Line);
            hash.AppendData(entry);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
