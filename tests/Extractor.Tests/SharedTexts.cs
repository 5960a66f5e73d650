using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests;

/// <summary>Article bodies from ../shared: the sample and the start of the corpus, read once.</summary>
internal static class SharedTexts
{
    /// <summary>How many corpus articles the equivalence tests read (the whole corpus would make them slow).</summary>
    private const int CorpusArticles = 3000;

    private static readonly Lazy<IReadOnlyList<string>> Lazy = new(Read);

    /// <summary>The sample's bodies, then the first corpus articles' bodies.</summary>
    public static IReadOnlyList<string> Bodies => Lazy.Value;

    private static List<string> Read()
    {
        var bodies = new DigestReader().Read([RepoPaths.SampleDigest]).Articles.Select(a => a.Body).ToList();
        bodies.AddRange(new DigestReader().Read([RepoPaths.Corpus]).Articles.Take(CorpusArticles).Select(a => a.Body));
        return bodies;
    }
}
