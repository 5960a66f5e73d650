using Digest.Extractor.Building;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Building;

public sealed class RelationPlacesTests
{
    [Fact]
    public void Should_Place_Every_Local_Relation_Of_The_Shared_Sample_In_The_Relationship_Holding_Its_Evidence()
    {
        var extractions = DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(new DigestReader().Read([RepoPaths.SampleDigest]).Articles);
        var builder = new GraphBuilder();
        foreach (var extraction in extractions)
        {
            builder.Add(extraction);
        }

        var graph = builder.Build();
        var places = builder.Places;

        Assert.Equal(extractions.Count, places.ArticleCount);
        for (var a = 0; a < extractions.Count; a++)
        {
            var local = extractions[a].Relations;
            Assert.Equal(local.Count, places.Of(a).Length);
            for (var r = 0; r < local.Count; r++)
            {
                var place = places.Of(a)[r];
                Assert.InRange(place, 0, graph.Relations.Count - 1);
                Assert.Equal(local[r].Type, graph.Relations[place].Type);
                Assert.Contains(local[r].Evidence, graph.Relations[place].Evidence);
            }
        }

        Assert.Equal(graph.Relations.Count, places.All.ToArray().Distinct().Count());
    }

    [Fact]
    public void Should_Refuse_Starts_That_Do_Not_Step_Through_The_Places()
    {
        Assert.Throws<ArgumentException>(() => new RelationPlaces([], []));
        Assert.Throws<ArgumentException>(() => new RelationPlaces([1, 2], [0, 1]));
        Assert.Throws<ArgumentException>(() => new RelationPlaces([0, 2, 1], [0, 1]));
        Assert.Throws<ArgumentException>(() => new RelationPlaces([0, 1], [0, 1]));
        Assert.Equal([4, 5], new RelationPlaces([0, 1, 3], [3, 4, 5]).Of(1).ToArray());
    }
}
