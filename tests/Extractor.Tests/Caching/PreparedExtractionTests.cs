using Digest.Extractor.Building;
using Digest.Extractor.Caching;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Caching;

public sealed class PreparedExtractionTests
{
    private static readonly ExtractorKnowledge Knowledge = ExtractorKnowledge.Load();

    private static readonly ExtractionPipeline Pipeline = DefaultPipeline.Create(Knowledge);

    private static readonly IncrementalExtractor Extractor = new(Pipeline, ExtractorVersion.Of(Knowledge, Pipeline), LexiconSnapshot.Of(Knowledge.Lexicon));

    private static IReadOnlyList<Article> SharedSample() => new DigestReader().Read([RepoPaths.SampleDigest]).Articles;

    private static PreparedExtraction Prepare(IReadOnlyList<Article> articles, ExtractionCache? previous)
    {
        var prepared = Extractor.Prepare(new ArticleHandOff(articles), ArticleKey.OfAll(articles), previous);
        prepared.ExtractAhead();
        return prepared;
    }

    private static List<MergeInput> Fed(PreparedExtraction prepared)
    {
        var fed = new List<MergeInput>();
        prepared.Feed((article, payload) => ExtractionCodec.DecodeForMerge(article, payload), MergeInput.Of, fed.Add);
        return fed;
    }

    private static UInt128[] CleanHashes(IReadOnlyList<Article> articles) =>
        [.. Pipeline.ExtractAll(articles).Select(x => MergeInputHash.Of(MergeInput.Of(x)))];

    [Fact]
    public void Should_Know_Every_Merge_Hash_Before_Feeding_When_A_Cache_Gives_All_But_The_Edited_Article()
    {
        var articles = SharedSample();
        using var saved = new MemoryStream();
        Extractor.Extract(articles, previous: null).Cache.Save(saved);
        Assert.True(ExtractionCache.TryLoad(saved.ToArray(), out var cache, out _));
        var edited = articles.Select((a, i) => i == 3 ? a with { Body = a.Body + " 我们使用了 GPT-4。" } : a).ToList();

        var prepared = Prepare(edited, cache);

        Assert.True(prepared.HasMergeHashes);
        Assert.Equal(articles.Count - 1, prepared.FromCache);
        Assert.Equal(1, edited.Count - prepared.FromCache);
        Assert.Equal(1, prepared.ToExtractAhead);
        Assert.Equal(CleanHashes(edited), prepared.MergeHashes());
        Assert.NotEqual(CleanHashes(articles)[3], prepared.MergeHashes()[3]);
    }

    [Fact]
    public void Should_Give_Each_Articles_Merge_Input_Before_Feeding_And_The_Cache_The_Old_One_Of_The_Edited_Article()
    {
        var articles = SharedSample();
        using var saved = new MemoryStream();
        Extractor.Extract(articles, previous: null).Cache.Save(saved);
        Assert.True(ExtractionCache.TryLoad(saved.ToArray(), out var cache, out _));
        var edited = articles.Select((a, i) => i == 3 ? a with { Body = a.Body + " 我们使用了 GPT-4。" } : a).ToList();
        var clean = Pipeline.ExtractAll(edited).Select(MergeInput.Of).ToList();

        var prepared = Prepare(edited, cache);

        // Cached and freshly extracted articles alike, without feeding.
        for (var i = 0; i < edited.Count; i++)
        {
            Assert.Equal(MergeInputHash.Of(clean[i]), MergeInputHash.Of(prepared.MergeInputOf(i)));
        }

        // The cache still holds what the merge took of the article before the edit, found by its hash.
        var oldHash = MergeInputHash.Of(MergeInput.Of(Pipeline.Extract(articles[3])));
        Assert.True(cache.TryGetMergeInput(oldHash, edited[3], out var old));
        Assert.Equal(oldHash, MergeInputHash.Of(old));
        Assert.False(cache.TryGetMergeInput(MergeInputHash.Of(clean[3]), edited[3], out _));
    }

    [Fact]
    public void Should_Not_Give_A_Merge_Input_Of_An_Article_Not_Extracted_Yet()
    {
        var articles = SharedSample();

        var prepared = Extractor.Prepare(new ArticleHandOff(articles), ArticleKey.OfAll(articles), previous: null);

        Assert.Throws<InvalidOperationException>(() => prepared.MergeInputOf(0));
    }

    [Fact]
    public void Should_Feed_The_Same_Merge_Inputs_As_A_Clean_Extraction_In_Input_Order()
    {
        var articles = SharedSample();
        var cache = Extractor.Extract(articles, previous: null).Cache;
        var edited = articles.Select((a, i) => i == 5 ? a with { Body = "本文基于 FlashAttention 方法。" + a.Body } : a).ToList();

        var fed = Fed(Prepare(edited, cache));

        Assert.Equal(CleanHashes(edited), fed.Select(MergeInputHash.Of));
        Assert.Equal(edited.Select(a => a.Id), fed.Select(x => x.Article.Id));
        Assert.Equal(GraphBuilder.Build(Pipeline.ExtractAll(edited)), Build(fed));
    }

    [Fact]
    public void Should_Know_The_Merge_Hashes_Only_After_Feeding_Without_A_Cache()
    {
        var articles = SharedSample();

        var prepared = Prepare(articles, previous: null);
        var before = prepared.HasMergeHashes;
        Fed(prepared);

        Assert.False(before);
        Assert.Throws<InvalidOperationException>(() => Prepare(articles, previous: null).MergeHashes());
        Assert.True(prepared.HasMergeHashes);
        Assert.Equal(CleanHashes(articles), prepared.MergeHashes());
        Assert.Equal(0, prepared.FromCache);
    }

    [Fact]
    public void Should_Feed_A_Clean_Extraction_Without_Extracting_Ahead_And_Extract_Ahead_Once()
    {
        var articles = SharedSample();
        var cache = Extractor.Extract(articles, previous: null).Cache;
        var edited = articles.Select((a, i) => i == 2 ? a with { Body = a.Body + " 我们使用了 GPT-4。" } : a).ToList();
        var prepared = Extractor.Prepare(new ArticleHandOff(edited), ArticleKey.OfAll(edited), cache);
        var known = prepared.HasMergeHashes;

        var fed = Fed(prepared);

        Assert.False(known);
        Assert.Equal(1, prepared.ToExtractAhead);
        Assert.Equal(CleanHashes(edited), fed.Select(MergeInputHash.Of));
        Assert.Throws<InvalidOperationException>(() => prepared.ExtractAhead());
        Assert.Throws<InvalidOperationException>(() => Prepare(edited, cache).ExtractAhead());
    }

    [Fact]
    public void Should_Feed_Once()
    {
        var prepared = Prepare(SharedSample(), previous: null);
        Fed(prepared);

        Assert.Throws<InvalidOperationException>(() => Fed(prepared));
    }

    private static KnowledgeGraphData Build(IEnumerable<MergeInput> inputs)
    {
        var builder = new GraphBuilder();
        foreach (var input in inputs)
        {
            builder.Add(input);
        }

        return builder.Build();
    }
}
