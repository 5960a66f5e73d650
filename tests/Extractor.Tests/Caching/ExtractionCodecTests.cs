using System.Reflection;
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

    /// <summary>
    /// A tripwire: adding a field to an extraction record without teaching the codec would make
    /// cached builds silently drop it. Update the codec (and its FormatVersion), then this list.
    /// </summary>
    [Theory]
    [InlineData(typeof(ArticleExtraction), "Article,Entities,Relations")]
    [InlineData(typeof(LocalEntity), "Key,Name,Type,Aliases,Mentions")]
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
