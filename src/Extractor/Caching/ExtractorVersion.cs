using System.Security.Cryptography;
using System.Text;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Caching;

/// <summary>
/// Names what produced an extraction: the curated data but the lexicon (<see cref="ExtractorKnowledge.Fingerprint"/>),
/// the stages in order, the build of each assembly that holds a stage (its MVID, which a
/// deterministic build changes whenever the code does) and the cache format. A cache made under
/// another version is not used. The lexicon is left out: a cache records it entry by entry
/// (<see cref="LexiconSnapshot"/>), so that a change re-extracts only the articles it reaches.
/// </summary>
public static class ExtractorVersion
{
    /// <summary>The version of this pipeline with this knowledge.</summary>
    /// <param name="knowledge">The data the stages consult.</param>
    /// <param name="pipeline">The stages.</param>
    public static string Of(ExtractorKnowledge knowledge, ExtractionPipeline pipeline)
    {
        var parts = new List<string> { "format " + ExtractionCodec.FormatVersion, "knowledge " + knowledge.Fingerprint };
        foreach (var stage in pipeline.Stages)
        {
            var type = stage.GetType();
            parts.Add($"{type.FullName} {type.Assembly.ManifestModule.ModuleVersionId:N}");
        }

        parts.Add("codec " + typeof(ExtractionCodec).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))))[..32];
    }
}
