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
        var takenIds = new HashSet<string>(StringComparer.Ordinal);
        var entities = new Entity[roots.Length];
        var idByRoot = new Dictionary<string, string>(roots.Length, StringComparer.Ordinal);
        var mentions = new List<ArticleMention>();
        for (var i = 0; i < roots.Length; i++)
        {
            var group = groupsByRoot[roots[i]];
            var entity = EntityMerger.Merge(group, takenIds);
            entities[i] = entity;
            idByRoot[roots[i]] = entity.Id;
            AddMentions(group, entity.Id, mentions);
        }

        Array.Sort(entities, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        mentions.Sort((a, b) => string.CompareOrdinal(a.ArticleId, b.ArticleId) is var c and not 0 ? c : string.CompareOrdinal(a.EntityId, b.EntityId));
        var articles = extractions.Select(x => x.Article).ToArray();
        Array.Sort(articles, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new KnowledgeGraphData(
            EquatableArray<Article>.From(articles),
            EquatableArray<Entity>.From(entities),
            EquatableArray<Relation>.From(RelationMerger.Merge(extractions, key => idByRoot[sets.Find(key)])),
            EquatableArray<ArticleMention>.From(mentions));
    }

    /// <summary>One MENTIONS edge per article of the group, counting its mentions there (at least 1).</summary>
    private static void AddMentions(List<(Article Article, LocalEntity Local)> group, string entityId, List<ArticleMention> mentions)
    {
        if (group.Count == 1)
        {
            mentions.Add(new ArticleMention(group[0].Article.Id, entityId, Math.Max(1, group[0].Local.Mentions.Count)));
            return;
        }

        var countByArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (article, local) in group)
        {
            countByArticle[article.Id] = countByArticle.GetValueOrDefault(article.Id) + local.Mentions.Count;
        }

        foreach (var (articleId, count) in countByArticle)
        {
            mentions.Add(new ArticleMention(articleId, entityId, Math.Max(1, count)));
        }
    }
}
