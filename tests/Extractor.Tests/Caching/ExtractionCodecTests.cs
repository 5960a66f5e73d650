using System.Reflection;
using Digest.Extractor.Building;
using Digest.Extractor.Caching;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Caching;

public sealed class ExtractionCodecTests
{
    private static IReadOnlyList<ArticleExtraction> SharedSampleExtractions()
    {
        var read = new DigestReader().Read([RepoPaths.SampleDigest]);
        return DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(read.Articles);
    }

    [Fact]
    public void Should_Round_Trip_Every_Extraction_Of_The_Shared_Sample()
    {
        var extractions = SharedSampleExtractions();

        Assert.Contains(extractions, x => x.Relations.Count > 0 && x.Entities.Any(e => e.Aliases.Count > 0));
        foreach (var extraction in extractions)
        {
            var decoded = ExtractionCodec.Decode(extraction.Article, ExtractionCodec.Encode(extraction));
            Assert.Equal(extraction, decoded);
        }
    }

    [Fact]
    public void Should_Round_Trip_Null_And_Set_Type_Hints_And_Odd_Confidences()
    {
        var article = new Article("article:x", "X", null, "x.txt", 1, "S4 与 HiPPO", false);
        var mentions = EquatableArray<Mention>.From([new Mention("S4", 0, 0, "latin-name"), new Mention("S4", 9, 1, "lexicon", EntityType.Model)]);
        var entity = new LocalEntity("s4", "S4", EntityType.Model, EquatableArray<string>.From(["S4 model", "s4"]), mentions);
        var relation = new LocalRelation("s4", RelationType.BuildsOn, "hippo", new Evidence("article:x", "S4 与 HiPPO", "基于"), 0.1 + 0.2);
        var extraction = new ArticleExtraction(article, EquatableArray<LocalEntity>.From([entity]), EquatableArray<LocalRelation>.From([relation]));

        var decoded = ExtractionCodec.Decode(article, ExtractionCodec.Encode(extraction));

        Assert.Equal(extraction, decoded);
        Assert.Null(decoded.Entities[0].Mentions[0].TypeHint);
        Assert.Equal(0.1 + 0.2, decoded.Relations[0].Confidence);
    }

    [Fact]
    public void Should_Reject_A_Truncated_Payload()
    {
        var extraction = SharedSampleExtractions().First(x => x.Entities.Count > 0);
        var payload = ExtractionCodec.Encode(extraction);

        Assert.Throws<InvalidDataException>(() => ExtractionCodec.Decode(extraction.Article, payload[..(payload.Length / 2)]));
    }

    [Fact]
    public void Should_Build_The_Same_Graph_When_The_Shared_Sample_Is_Decoded_For_The_Merge()
    {
        var extractions = SharedSampleExtractions();
        var decoded = new GraphBuilder();
        foreach (var extraction in extractions)
        {
            decoded.Add(ExtractionCodec.DecodeForMerge(extraction.Article, ExtractionCodec.Encode(extraction)));
        }

        Assert.Equal(GraphBuilder.Build(extractions), decoded.Build());
    }

    [Fact]
    public void Should_Count_Mentions_And_Share_The_Article_Id_When_Decoding_For_The_Merge()
    {
        var article = new Article("article:x", "X", null, "x.txt", 1, "S4 与 HiPPO", false);
        var mentions = EquatableArray<Mention>.From([new Mention("S4", 0, 0, "latin-name"), new Mention("S4", 9, 1, "lexicon", EntityType.Model)]);
        var entity = new LocalEntity("s4", "S4", EntityType.Model, EquatableArray<string>.From(["S4 model"]), mentions);
        var relation = new LocalRelation("s4", RelationType.BuildsOn, "hippo", new Evidence("article:x", "S4 与 HiPPO", "基于"), 0.1 + 0.2);
        var extraction = new ArticleExtraction(article, EquatableArray<LocalEntity>.From([entity]), EquatableArray<LocalRelation>.From([relation]));

        var decoded = ExtractionCodec.DecodeForMerge(article, ExtractionCodec.Encode(extraction));

        Assert.Equal(new MergeEntity("s4", "S4", EntityType.Model, false, EquatableArray<string>.From(["S4 model"]), 2), Assert.Single(decoded.Entities));
        Assert.Equal(new MergeRelation("s4", RelationType.BuildsOn, "hippo", relation.Evidence, 0.1 + 0.2), Assert.Single(decoded.Relations));
        Assert.Same(article.Id, decoded.Relations[0].Evidence.ArticleId);
    }

    [Fact]
    public void Should_Reject_A_Truncated_Payload_Or_A_Mention_Past_The_String_Table_When_Decoding_For_The_Merge()
    {
        var article = new Article("article:x", "X", null, "x.txt", 1, "S4", false);
        var entity = new LocalEntity("s4", "S4", EntityType.Model, EquatableArray<string>.Empty, EquatableArray<Mention>.From([new Mention("S4", 0, 0, "f")]));
        var payload = ExtractionCodec.Encode(new ArticleExtraction(article, EquatableArray<LocalEntity>.From([entity]), EquatableArray<LocalRelation>.Empty));

        // Table: "s4", "S4", "f"; then 1 entity: key 0, name 1, type, 0 aliases, 1 mention: surface 1, start, sentence, finder 2, hint.
        var finder = Array.LastIndexOf(payload, (byte)2);
        var broken = payload.ToArray();
        broken[finder] = 9;

        Assert.Throws<InvalidDataException>(() => ExtractionCodec.DecodeForMerge(article, payload[..(payload.Length - 1)]));
        Assert.Throws<InvalidDataException>(() => ExtractionCodec.DecodeForMerge(article, broken));
        Assert.Equal(1, ExtractionCodec.DecodeForMerge(article, payload).Entities[0].MentionCount);
    }

    /// <summary>
    /// A tripwire: adding a field to an extraction record without teaching the codec would make
    /// cached builds silently drop it. Update the codec (and its FormatVersion), then this list.
    /// </summary>
    [Theory]
    [InlineData(typeof(ArticleExtraction), "Article,Entities,Relations")]
    [InlineData(typeof(LocalEntity), "Key,Name,Type,Aliases,Mentions,IsTypeGuessed")]
    [InlineData(typeof(Mention), "Surface,Start,SentenceIndex,Finder,TypeHint")]
    [InlineData(typeof(LocalRelation), "SourceKey,Type,TargetKey,Evidence,Confidence")]
    [InlineData(typeof(Evidence), "ArticleId,Sentence,Cue")]
    public void Should_Cover_Every_Field_Of_The_Extraction_Records(Type record, string fieldsTheCodecWrites)
    {
        var parameters = record.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length).First()
            .GetParameters().Select(p => p.Name);

        Assert.Equal(fieldsTheCodecWrites, string.Join(',', parameters));
    }
}
