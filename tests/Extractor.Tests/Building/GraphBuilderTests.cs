using Digest.Extractor.Building;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Building;

public sealed class GraphBuilderTests
{
    private static (IReadOnlyList<Digest.Extractor.Model.Article> Articles, ExtractionPipeline Pipeline) SharedSample() =>
        (new DigestReader().Read([RepoPaths.SampleDigest]).Articles, DefaultPipeline.Create(ExtractorKnowledge.Load()));

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Should_Build_The_Same_Graph_When_The_Shared_Sample_Streams_In_From_The_Parallel_Extractor(int threads)
    {
        var (articles, pipeline) = SharedSample();
        var whole = GraphBuilder.Build(pipeline.ExtractAll(articles));

        var builder = new GraphBuilder();
        pipeline.ExtractAll(articles, builder.Add, threads);
        var streamed = builder.Build();

        Assert.Equal(whole, streamed);
        Assert.NotEmpty(streamed.Relations);
    }

    [Fact]
    public void Should_Refuse_A_Second_Build_Or_A_Late_Article_When_The_Shared_Sample_Was_Built()
    {
        var (articles, pipeline) = SharedSample();
        var extractions = pipeline.ExtractAll(articles);
        var builder = new GraphBuilder();
        builder.Add(extractions[0]);

        Assert.NotEmpty(builder.Build().Entities);
        Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Throws<InvalidOperationException>(() => builder.Add(extractions[1]));
    }

    [Fact]
    public void Should_Keep_Every_Shared_Sample_Article_But_Not_Its_Body()
    {
        var (articles, pipeline) = SharedSample();

        var graph = GraphBuilder.Build(pipeline.ExtractAll(articles));

        Assert.Equal(articles.Select(a => a with { Body = string.Empty }).OrderBy(a => a.Id, StringComparer.Ordinal), graph.Articles);
    }

    [Fact]
    public void Should_Count_An_Entitys_Mentions_Over_The_Shared_Sample_Articles_That_Name_It()
    {
        var (articles, pipeline) = SharedSample();
        var extractions = pipeline.ExtractAll(articles);

        var graph = GraphBuilder.Build(extractions);

        var s4 = graph.Entities.Single(e => e.Name == "S4");
        var perArticle = graph.Mentions.Where(m => m.EntityId == s4.Id).ToList();
        Assert.True(perArticle.Count >= 1);
        Assert.Equal(s4.ArticleIds, perArticle.Select(m => m.ArticleId));
        Assert.Equal(s4.MentionCount, perArticle.Sum(m => m.Count));
    }
}
