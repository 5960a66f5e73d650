using System.Runtime.InteropServices;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
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
        var sets = new KeySets();
        foreach (var extraction in extractions)
        {
            foreach (var local in extraction.Entities)
            {
                var key = sets.Add(local.Key);
                foreach (var alias in local.Aliases)
                {
                    sets.Union(key, sets.Add(NameKey.Of(alias)));
                }
            }
        }

        // Members keep input order within a group, as a LINQ GroupBy would.
        var groupOfRoot = new int[sets.Count];
        Array.Fill(groupOfRoot, -1);
        var groups = new List<List<(Article Article, LocalEntity Local)>>();
        var roots = new List<string>();
        var rootOfLocal = new List<int>();
        foreach (var extraction in extractions)
        {
            foreach (var local in extraction.Entities)
            {
                var root = sets.Find(sets.NumberOf(local.Key));
                rootOfLocal.Add(root);
                if (groupOfRoot[root] < 0)
                {
                    groupOfRoot[root] = groups.Count;
                    groups.Add([]);
                    roots.Add(sets.Key(root));
                }

                groups[groupOfRoot[root]].Add((extraction.Article, local));
            }
        }

        // Groups are numbered by root key: ids are given in that order, so a clash of base ids
        // resolves the same way on any thread count.
        var byRoot = Enumerable.Range(0, groups.Count).ToArray();
        Array.Sort(roots.ToArray(), byRoot, StringComparer.Ordinal);
        var rankOfGroup = new int[groups.Count];
        for (var r = 0; r < byRoot.Length; r++)
        {
            rankOfGroup[byRoot[r]] = r;
        }

        for (var root = 0; root < groupOfRoot.Length; root++)
        {
            if (groupOfRoot[root] >= 0)
            {
                groupOfRoot[root] = rankOfGroup[groupOfRoot[root]];
            }
        }

        // Describing a group reads only that group, so it runs in parallel.
        var entities = new Entity[byRoot.Length];
        Parallel.For(0, byRoot.Length, i => entities[i] = EntityMerger.Describe(groups[byRoot[i]]));
        var takenIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = entities[i] with { Id = EntityMerger.UniqueId(entities[i].Id, takenIds) };
        }

        // Ids are unique, so their rank orders entities, relations and mentions exactly as comparing the ids would.
        var idRank = Enumerable.Range(0, entities.Length).ToArray();
        Array.Sort(entities.Select(e => e.Id).ToArray(), idRank, StringComparer.Ordinal);
        var rankOfEntity = new int[entities.Length];
        for (var r = 0; r < idRank.Length; r++)
        {
            rankOfEntity[idRank[r]] = r;
        }

        var articles = extractions.Select(x => x.Article).ToArray();
        Array.Sort(articles, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var mentions = Mentions(extractions, rootOfLocal, groupOfRoot, entities, rankOfEntity, ArticleRanks(articles));
        var relations = RelationMerger.Merge(extractions, key => groupOfRoot[sets.Find(sets.NumberOf(key))], entities, rankOfEntity);
        var sorted = new Entity[entities.Length];
        for (var r = 0; r < idRank.Length; r++)
        {
            sorted[r] = entities[idRank[r]];
        }

        return new KnowledgeGraphData(
            new EquatableArray<Article>(ImmutableCollectionsMarshal.AsImmutableArray(articles)),
            new EquatableArray<Entity>(ImmutableCollectionsMarshal.AsImmutableArray(sorted)),
            new EquatableArray<Relation>(ImmutableCollectionsMarshal.AsImmutableArray(relations)),
            new EquatableArray<ArticleMention>(ImmutableCollectionsMarshal.AsImmutableArray(mentions)));
    }

    /// <summary>The rank of each article id in id order (articles sharing an id share a rank).</summary>
    private static Dictionary<string, int> ArticleRanks(Article[] sortedArticles)
    {
        var ranks = new Dictionary<string, int>(sortedArticles.Length, StringComparer.Ordinal);
        foreach (var article in sortedArticles)
        {
            ranks.TryAdd(article.Id, ranks.Count);
        }

        return ranks;
    }

    /// <summary>
    /// Every entity's MENTIONS edges (one per article, counting its mentions there, at least 1), sorted by article id
    /// then entity id (via their ranks: each pair occurs once), in one pass over the articles.
    /// </summary>
    private static ArticleMention[] Mentions(
        IReadOnlyList<ArticleExtraction> extractions, List<int> rootOfLocal, int[] groupOfRoot, Entity[] entities, int[] rankOfEntity, Dictionary<string, int> articleRank)
    {
        // Visiting the articles in id rank order puts articles that share an id side by side, so an entity's
        // count in an article is found by remembering the last article rank it was counted in.
        var firstLocal = new int[extractions.Count];
        var byRank = new int[extractions.Count];
        var ranks = new int[extractions.Count];
        for (int e = 0, local = 0; e < extractions.Count; e++)
        {
            firstLocal[e] = local;
            local += extractions[e].Entities.Count;
            byRank[e] = e;
            ranks[e] = articleRank[extractions[e].Article.Id];
        }

        Array.Sort(ranks, byRank);
        var lastRank = new int[entities.Length];
        Array.Fill(lastRank, -1);
        var slotOf = new int[entities.Length];
        var order = new List<long>();
        var counts = new List<int>();
        var owners = new List<int>();
        var articleIds = new List<string>();
        for (var k = 0; k < byRank.Length; k++)
        {
            var extraction = extractions[byRank[k]];
            var local = firstLocal[byRank[k]];
            foreach (var entity in extraction.Entities)
            {
                var i = groupOfRoot[rootOfLocal[local++]];
                if (lastRank[i] != ranks[k])
                {
                    lastRank[i] = ranks[k];
                    slotOf[i] = counts.Count;
                    order.Add(((long)ranks[k] << 32) | (uint)rankOfEntity[i]);
                    counts.Add(0);
                    owners.Add(i);
                    articleIds.Add(extraction.Article.Id);
                }

                counts[slotOf[i]] += entity.Mentions.Count;
            }
        }

        var mentions = new ArticleMention[counts.Count];
        for (var m = 0; m < mentions.Length; m++)
        {
            mentions[m] = new ArticleMention(articleIds[m], entities[owners[m]].Id, Math.Max(1, counts[m]));
        }

        Array.Sort(order.ToArray(), mentions);
        return mentions;
    }
}
