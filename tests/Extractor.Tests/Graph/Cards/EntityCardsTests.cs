using Digest.Extractor.Graph.Cards;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Graph.Cards;

public sealed class EntityCardsTests
{
    [Fact]
    public void Should_List_Relations_Both_Ways_With_Evidence_And_The_Mentioning_Articles()
    {
        var graph = TestGraphs.Build("A BUILDS_ON B", "C USES A", "A COMPARED_WITH D");

        var card = new EntityCards(graph).For(graph.Entity("method:a"));

        Assert.Equal([(RelationType.BuildsOn, "B"), (RelationType.ComparedWith, "D")], card.Outgoing.Select(r => (r.Relation.Type, r.Other.Name)));
        var incoming = Assert.Single(card.Incoming);
        Assert.Equal(("C", "C USES A."), (incoming.Other.Name, incoming.Relation.Evidence[0].Sentence));
        Assert.Equal([new CardArticle("article:a1", "A1", 1)], card.Articles);
        Assert.Null(card.Metrics);
    }
}
