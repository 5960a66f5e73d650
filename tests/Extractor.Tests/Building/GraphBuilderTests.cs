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
    public void Should_Lay_Out_Where_Every_Local_Entity_And_Relation_Of_The_Shared_Sample_And_Corpus_Went()
    {
        var (sample, pipeline) = SharedSample();
        // The corpus's first articles share entities under several names and types, which the sample's do not.
        var articles = new DigestReader().Read([RepoPaths.SampleDigest, RepoPaths.Corpus]).Articles.Take(sample.Count + 600).ToList();
        var extractions = pipeline.ExtractAll(articles);
        var builder = new GraphBuilder();
        foreach (var extraction in extractions)
        {
            builder.Add(extraction);
        }

        var graph = builder.Build();
        var layout = builder.Layout;

        Assert.Equal(extractions.Count, layout.Relations.ArticleCount);
        Assert.Equal(extractions.Count, layout.Entities.ArticleCount);
        var members = new List<(string Name, Digest.Extractor.Model.EntityType Type)>[graph.Entities.Count];
        for (var a = 0; a < extractions.Count; a++)
        {
            var relations = extractions[a].Relations;
            Assert.Equal(relations.Count, layout.Relations.Of(a).Length);
            for (var r = 0; r < relations.Count; r++)
            {
                var place = layout.Relations.Of(a)[r];
                if (place < 0)
                {
                    // Dropped: a self-loop, or ends the merge typed as the schema does not let the relation join.
                    var (source, target) = (EntityOf(extractions[a], relations[r].SourceKey), EntityOf(extractions[a], relations[r].TargetKey));
                    var (sourcePlace, targetPlace) = (layout.Entities.Of(a)[source], layout.Entities.Of(a)[target]);
                    Assert.True(sourcePlace == targetPlace
                        || !RelationSignatures.Schema.Fits(relations[r].Type, graph.Entities[sourcePlace].Type, graph.Entities[targetPlace].Type));
                    continue;
                }

                Assert.Equal(relations[r].Type, graph.Relations[place].Type);
                Assert.Contains(relations[r].Evidence, graph.Relations[place].Evidence);
            }

            var entities = extractions[a].Entities;
            Assert.Equal(entities.Count, layout.Entities.Of(a).Length);
            for (var e = 0; e < entities.Count; e++)
            {
                var place = layout.Entities.Of(a)[e];
                Assert.Contains(articles[a].Id, graph.Entities[place].ArticleIds);
                Assert.True(graph.Entities[place].Name == entities[e].Name || graph.Entities[place].Aliases.Contains(entities[e].Name));
                (members[place] ??= []).Add((entities[e].Name, entities[e].Type));
            }
        }

        Assert.Equal(graph.Relations.Count, layout.Relations.All.ToArray().Where(place => place >= 0).Distinct().Count());
        Assert.Contains(-1, layout.Relations.All.ToArray());
        Assert.Equal(graph.Entities.Count, layout.Entities.All.ToArray().Distinct().Count());
        Assert.Equal(members.Select(m => m.Distinct().Count() == 1), layout.Uniform);
        Assert.Contains(false, layout.Uniform);
    }

    private static int EntityOf(ArticleExtraction extraction, string key) => extraction.Entities.ToList().FindIndex(e => e.Key == key);

    [Fact]
    public void Should_Join_Only_Entity_Types_The_Schema_Lets_Each_Relation_Join_In_The_Shared_Sample_And_Corpus()
    {
        var (sample, pipeline) = SharedSample();
        var articles = new DigestReader().Read([RepoPaths.SampleDigest, RepoPaths.Corpus]).Articles.Take(sample.Count + 2000).ToList();

        var graph = GraphBuilder.Build(pipeline.ExtractAll(articles));

        var typeOf = graph.Entities.ToDictionary(e => e.Id, e => e.Type);
        Assert.All(graph.Relations, r => Assert.True(RelationSignatures.Schema.Fits(r.Type, typeOf[r.SourceId], typeOf[r.TargetId]), $"{r.SourceId} -{r.Type}-> {r.TargetId}"));
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
