using Digest.Extractor.Building;
using Digest.Extractor.Caching;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Building;

public sealed class MergeInputHashTests
{
    private static readonly Article Article = new("article:s4", "S4", "AI", "s4.txt", 3, "S4 基于 HiPPO。", false);

    private static readonly Evidence Evidence = new("article:s4", "S4 基于 HiPPO。", "基于");

    private static MergeInput Input(
        Article? article = null, string name = "S4", EntityType type = EntityType.Model, string[]? aliases = null, int mentions = 2, string key = "s4",
        RelationType relationType = RelationType.BuildsOn, string target = "hippo", Evidence? evidence = null, double confidence = 0.9)
    {
        var mentionList = Enumerable.Range(0, mentions).Select(i => new Mention(name, i * 4, 0, "latin-name")).ToArray();
        var entity = new LocalEntity(key, name, type, EquatableArray<string>.From(aliases ?? ["S4 model"]), EquatableArray<Mention>.From(mentionList));
        var relation = new LocalRelation(key, relationType, target, evidence ?? Evidence, confidence);
        return MergeInput.Of(new ArticleExtraction(article ?? Article, EquatableArray<LocalEntity>.From([entity]), EquatableArray<LocalRelation>.From([relation])));
    }

    [Fact]
    public void Should_Hash_A_Decoded_Cached_Extraction_As_The_Fresh_One_For_Every_Shared_Sample_Article()
    {
        var read = new DigestReader().Read([RepoPaths.SampleDigest]);
        var extractions = DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(read.Articles);

        var fresh = extractions.Select(x => MergeInputHash.Of(MergeInput.Of(x))).ToList();
        var decoded = extractions.Select(x => MergeInputHash.Of(ExtractionCodec.DecodeForMerge(x.Article, ExtractionCodec.Encode(x)))).ToList();

        Assert.Equal(fresh, decoded);
        Assert.Equal(fresh.Count, fresh.Distinct().Count());
    }

    [Fact]
    public void Should_Ignore_The_Line_The_Body_And_Where_Mentions_Stand()
    {
        var moved = Input(article: Article with { Line = 40, Body = "S4 基于 HiPPO，见下文。" });
        var mentionsElsewhere = MergeInput.Of(new ArticleExtraction(
            Article,
            EquatableArray<LocalEntity>.From([new LocalEntity("s4", "S4", EntityType.Model, EquatableArray<string>.From(["S4 model"]), EquatableArray<Mention>.From([new Mention("S4", 9, 1, "lexicon"), new Mention("S4", 20, 2, "lexicon")]))]),
            EquatableArray<LocalRelation>.From([new LocalRelation("s4", RelationType.BuildsOn, "hippo", Evidence, 0.9)])));

        Assert.Equal(MergeInputHash.Of(Input()), MergeInputHash.Of(moved));
        Assert.Equal(MergeInputHash.Of(Input()), MergeInputHash.Of(mentionsElsewhere));
    }

    [Fact]
    public void Should_Change_With_Every_Field_The_Merge_Reads()
    {
        MergeInput[] changed =
        [
            Input(article: Article with { Id = "article:s4-2" }),
            Input(article: Article with { Title = "S4 again" }),
            Input(article: Article with { Category = null }),
            Input(article: Article with { Source = "other.txt" }),
            Input(article: Article with { IsTruncated = true }),
            Input(key: "s4x"),
            Input(name: "S4x"),
            Input(type: EntityType.Method),
            Input(aliases: []),
            Input(aliases: ["S4 models"]),
            Input(mentions: 3),
            Input(relationType: RelationType.Uses),
            Input(target: "hippo2"),
            Input(evidence: Evidence with { ArticleId = "article:other" }),
            Input(evidence: Evidence with { Sentence = "S4 基于 HiPPO 方法。" }),
            Input(evidence: Evidence with { Cue = "源于" }),
            Input(confidence: 0.8),
        ];

        var hashes = changed.Select(MergeInputHash.Of).Prepend(MergeInputHash.Of(Input())).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public void Should_Keep_Neighbouring_Strings_Apart()
    {
        var joined = Input(evidence: new Evidence("article:s4", "ab", "c"));
        var split = Input(evidence: new Evidence("article:s4", "a", "bc"));

        Assert.NotEqual(MergeInputHash.Of(joined), MergeInputHash.Of(split));
    }
}
