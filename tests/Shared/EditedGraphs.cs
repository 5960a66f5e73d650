using Digest.Extractor.Building;
using Digest.Extractor.Model;

namespace Digest.Tests.Shared;

/// <summary>A graph with a <see cref="GraphEdit"/> applied to it in memory, record by record: what a patched export must hold.</summary>
internal static class EditedGraphs
{
    /// <summary>The graph with the edit's evidence, mention counts and MENTIONS edges changed; every edit must fit it.</summary>
    public static KnowledgeGraphData Apply(KnowledgeGraphData graph, GraphEdit edit)
    {
        var relations = graph.Relations.ToArray();
        foreach (var evidence in edit.Evidence)
        {
            Assert.True(evidence.TryApply(relations[evidence.Relation], out relations[evidence.Relation]));
        }

        var entities = graph.Entities.ToArray();
        foreach (var count in edit.MentionCounts)
        {
            entities[count.Entity] = count.ApplyTo(entities[count.Entity]);
        }

        var mentions = graph.Mentions.ToArray();
        foreach (var mention in edit.Mentions)
        {
            var at = Array.FindIndex(mentions, m => m.ArticleId == mention.ArticleId && m.EntityId == graph.Entities[mention.Entity].Id);
            Assert.Equal(mention.Before, mentions[at].Count);
            mentions[at] = mentions[at] with { Count = mention.After };
        }

        return graph with
        {
            Entities = EquatableArray<Entity>.From(entities),
            Mentions = EquatableArray<ArticleMention>.From(mentions),
            Relations = EquatableArray<Relation>.From(relations),
        };
    }
}
