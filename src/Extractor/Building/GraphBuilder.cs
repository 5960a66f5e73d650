using System.Runtime.InteropServices;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Resolution;
using Digest.Extractor.Text;

namespace Digest.Extractor.Building;

/// <summary>
/// Merges per-article extractions into one graph: entities that share any name key across
/// articles become one entity with a stable id; relations found several times become one
/// relationship with all their evidence. The result depends only on the set of extractions and
/// their article order, never on thread timing.
/// </summary>
public static class GraphBuilder
{
    /// <summary>Builds the graph.</summary>
    /// <param name="extractions">One extraction per article, in input order.</param>
    public static KnowledgeGraphData Build(IReadOnlyList<ArticleExtraction> extractions)
    {
        var sets = new UnionFind();
        foreach (var extraction in extractions)
        {
            foreach (var local in extraction.Entities)
            {
                sets.Add(local.Key);
                foreach (var alias in local.Aliases)
                {
                    sets.Union(local.Key, NameKey.Of(alias));
                }
            }
        }

        // Members keep input order within a group, as a LINQ GroupBy would.
        var groupsByRoot = new Dictionary<string, List<(Article Article, LocalEntity Local)>>(StringComparer.Ordinal);
        foreach (var extraction in extractions)
        {
            foreach (var local in extraction.Entities)
            {
                var root = sets.Find(local.Key);
                if (!groupsByRoot.TryGetValue(root, out var members))
                {
                    groupsByRoot[root] = members = [];
                }

                members.Add((extraction.Article, local));
            }
        }

        var roots = groupsByRoot.Keys.ToArray();
        Array.Sort(roots, StringComparer.Ordinal);
        // Describing a group reads only that group, so it runs in parallel; ids are then given in
        // root order, so a clash of base ids resolves the same way on any thread count.
        var entities = new Entity[roots.Length];
        var mentionsByGroup = new List<ArticleMention>[roots.Length];
        Parallel.For(0, roots.Length, i => entities[i] = EntityMerger.Describe(groupsByRoot[roots[i]]));
        var takenIds = new HashSet<string>(StringComparer.Ordinal);
        var idByRoot = new Dictionary<string, string>(roots.Length, StringComparer.Ordinal);
        for (var i = 0; i < roots.Length; i++)
        {
            entities[i] = entities[i] with { Id = EntityMerger.UniqueId(entities[i].Id, takenIds) };
            idByRoot[roots[i]] = entities[i].Id;
        }

        Parallel.For(0, roots.Length, i => mentionsByGroup[i] = Mentions(groupsByRoot[roots[i]], entities[i].Id));
        var mentions = mentionsByGroup.SelectMany(m => m).ToArray();
        Array.Sort(entities, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Array.Sort(mentions, (a, b) => string.CompareOrdinal(a.ArticleId, b.ArticleId) is var c and not 0 ? c : string.CompareOrdinal(a.EntityId, b.EntityId));
        var articles = extractions.Select(x => x.Article).ToArray();
        Array.Sort(articles, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new KnowledgeGraphData(
            new EquatableArray<Article>(ImmutableCollectionsMarshal.AsImmutableArray(articles)),
            new EquatableArray<Entity>(ImmutableCollectionsMarshal.AsImmutableArray(entities)),
            new EquatableArray<Relation>(ImmutableCollectionsMarshal.AsImmutableArray(RelationMerger.Merge(extractions, key => idByRoot[sets.Find(key)]))),
            new EquatableArray<ArticleMention>(ImmutableCollectionsMarshal.AsImmutableArray(mentions)));
    }

    /// <summary>One MENTIONS edge per article of the group, counting its mentions there (at least 1).</summary>
    private static List<ArticleMention> Mentions(List<(Article Article, LocalEntity Local)> group, string entityId)
    {
        if (group.Count == 1)
        {
            return [new ArticleMention(group[0].Article.Id, entityId, Math.Max(1, group[0].Local.Mentions.Count))];
        }

        var countByArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (article, local) in group)
        {
            countByArticle[article.Id] = countByArticle.GetValueOrDefault(article.Id) + local.Mentions.Count;
        }

        return countByArticle.Select(p => new ArticleMention(p.Key, entityId, Math.Max(1, p.Value))).ToList();
    }
}
