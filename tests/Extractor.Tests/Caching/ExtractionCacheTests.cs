using System.Buffers.Binary;
using System.Security.Cryptography;
using Digest.Extractor.Caching;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Caching;

public sealed class ExtractionCacheTests
{
    private static (IReadOnlyList<Digest.Extractor.Model.Article> Articles, ExtractionPipeline Pipeline, string Version, LexiconSnapshot Lexicon) SharedSample()
    {
        var knowledge = ExtractorKnowledge.Load();
        var pipeline = DefaultPipeline.Create(knowledge);
        return (new DigestReader().Read([RepoPaths.SampleDigest]).Articles, pipeline, ExtractorVersion.Of(knowledge, pipeline), LexiconSnapshot.Of(knowledge.Lexicon));
    }

    private static byte[] Saved(ExtractionCache cache)
    {
        using var stream = new MemoryStream();
        cache.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Should_Reuse_Every_Shared_Sample_Article_From_A_Saved_Cache_With_Equal_Results()
    {
        var (articles, pipeline, version, lexicon) = SharedSample();
        var extractor = new IncrementalExtractor(pipeline, version, lexicon);
        var first = extractor.Extract(articles, previous: null);

        Assert.True(ExtractionCache.TryLoad(Saved(first.Cache), out var loaded, out _));
        var second = extractor.Extract(articles, loaded);

        Assert.Equal(0, first.FromCache);
        Assert.Equal(articles.Count, second.FromCache);
        Assert.Equal(first.Extractions, second.Extractions);
    }

    [Fact]
    public void Should_Extract_Only_The_Edited_Article_Of_The_Shared_Sample()
    {
        var (articles, pipeline, version, lexicon) = SharedSample();
        var extractor = new IncrementalExtractor(pipeline, version, lexicon);
        var cache = extractor.Extract(articles, previous: null).Cache;
        var edited = articles.Select((a, i) => i == 3 ? a with { Body = a.Body + " 我们使用了 GPT-4。" } : a).ToList();

        var result = extractor.Extract(edited, cache);

        Assert.Equal(articles.Count - 1, result.FromCache);
        Assert.Equal(pipeline.ExtractAll(edited), result.Extractions);
    }

    [Fact]
    public void Should_Ignore_A_Cache_Made_By_Another_Extractor_Version()
    {
        var (articles, pipeline, version, lexicon) = SharedSample();
        var cache = new IncrementalExtractor(pipeline, "another version", lexicon).Extract(articles, previous: null).Cache;

        var result = new IncrementalExtractor(pipeline, version, lexicon).Extract(articles, cache);

        Assert.Equal(0, result.FromCache);
    }

    [Fact]
    public void Should_Keep_The_Version_But_Not_The_Lexicon_When_A_User_Lexicon_Is_Added()
    {
        var extended = WithUserLexicon("ReRoPE\tMethod\tRectified RoPE\n");
        var plain = ExtractorKnowledge.Load();

        Assert.Equal(
            ExtractorVersion.Of(plain, DefaultPipeline.Create(plain)),
            ExtractorVersion.Of(extended, DefaultPipeline.Create(extended)));
        Assert.NotEqual(LexiconSnapshot.Of(plain.Lexicon).Fingerprint, LexiconSnapshot.Of(extended.Lexicon).Fingerprint);
        Assert.Equal(2, LexiconSnapshot.Between(LexiconSnapshot.Of(plain.Lexicon), LexiconSnapshot.Of(extended.Lexicon)).Count);
    }

    [Theory]
    [InlineData("MLA\tConcept\tMulti-head Latent Attention\n")]
    [InlineData("Neural Tangent Kernel\tConcept\tNTK|神经切线核\n")]
    [InlineData("RoPE\tConcept\n")]
    public void Should_Extract_Again_Only_The_Shared_Sample_Articles_A_Lexicon_Change_Reaches_With_The_Result_Of_A_Clean_Extraction(string userLexicon)
    {
        var (articles, pipeline, version, lexicon) = SharedSample();
        var cache = new IncrementalExtractor(pipeline, version, lexicon).Extract(articles, previous: null).Cache;
        var extended = WithUserLexicon(userLexicon);
        var extendedPipeline = DefaultPipeline.Create(extended);
        var change = LexiconSnapshot.Between(lexicon, LexiconSnapshot.Of(extended.Lexicon));

        var result = new IncrementalExtractor(extendedPipeline, ExtractorVersion.Of(extended, extendedPipeline), LexiconSnapshot.Of(extended.Lexicon))
            .Extract(articles, cache);

        var reached = articles.Count(change.Reaches);
        Assert.InRange(reached, 1, articles.Count - 1);
        Assert.Equal(articles.Count - reached, result.FromCache);
        Assert.Equal(extendedPipeline.ExtractAll(articles), result.Extractions);
        Assert.NotEqual(pipeline.ExtractAll(articles), result.Extractions);
    }

    [Fact]
    public void Should_Keep_The_Lexicon_Through_Saving_And_Loading()
    {
        var (articles, pipeline, version, lexicon) = SharedSample();
        var extended = LexiconSnapshot.Of(WithUserLexicon("Chain-of-Thought\tMethod\tCoT|思维链\n").Lexicon);
        var cache = new IncrementalExtractor(pipeline, version, extended).Extract(articles, previous: null).Cache;

        Assert.True(ExtractionCache.TryLoad(Saved(cache), out var loaded, out _));

        Assert.Equal(0, LexiconSnapshot.Between(extended, loaded.Lexicon).Count);
        // The shipped CoT entry's name keys: CoT, Chain-of-Thought, Chain-of-Thought Prompting, 思维链, 思维链提示.
        Assert.Equal(5, LexiconSnapshot.Between(lexicon, loaded.Lexicon).Count);
    }

    /// <summary>The shipped knowledge with a user lexicon file holding <paramref name="text"/>.</summary>
    private static ExtractorKnowledge WithUserLexicon(string text)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, text);
            return ExtractorKnowledge.Load([file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Should_Refuse_A_Cache_With_A_Flipped_Byte_Or_Another_Format()
    {
        var (articles, pipeline, version, lexicon) = SharedSample();
        var bytes = Saved(new IncrementalExtractor(pipeline, version, lexicon).Extract(articles, previous: null).Cache);
        var flipped = (byte[])bytes.Clone();
        flipped[flipped.Length / 2] ^= 0x40;

        Assert.False(ExtractionCache.TryLoad(flipped, out _, out var damaged));
        Assert.Contains("checksum", damaged);
        Assert.False(ExtractionCache.TryLoad("{\"not\": \"a cache\"}"u8.ToArray(), out _, out var foreign));
        Assert.Contains("not a Digest build cache", foreign);
    }

    [Fact]
    public void Should_Reuse_The_Shared_Sample_From_An_Opened_Cache_File_And_Save_It_Again_After_The_File_Was_Replaced()
    {
        var (articles, pipeline, version, lexicon) = SharedSample();
        var extractor = new IncrementalExtractor(pipeline, version, lexicon);
        var first = extractor.Extract(articles, previous: null);
        var bytes = Saved(first.Cache);
        var path = Path.Combine(Path.GetTempPath(), $"digest-cache-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, bytes);
        try
        {
            Assert.True(ExtractionCache.TryOpen(path, out var opened, out _));
            using (opened)
            {
                // A rebuild saves its new cache over the file it reads the old payloads from.
                var replacement = path + ".new";
                File.WriteAllBytes(replacement, [1, 2, 3]);
                File.Move(replacement, path, overwrite: true);
                var second = extractor.Extract(articles, opened);

                Assert.Equal(articles.Count, second.FromCache);
                Assert.Equal(first.Extractions, second.Extractions);
                Assert.Equal(bytes, Saved(second.Cache));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Should_Refuse_A_Shared_Sample_Cache_Of_The_First_Format_With_A_Sound_Checksum()
    {
        var (articles, pipeline, version, lexicon) = SharedSample();
        var bytes = Saved(new IncrementalExtractor(pipeline, version, lexicon).Extract(articles, previous: null).Cache);
        var body = bytes[..^SHA256.HashSizeInBytes];
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(8), 1);
        byte[] oldFormat = [.. body, .. SHA256.HashData(body)];

        Assert.False(ExtractionCache.TryLoad(oldFormat, out _, out var problem));
        Assert.Contains("cache format 1", problem);
    }
}
