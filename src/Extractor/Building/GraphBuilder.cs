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
        foreach (var extraction in extractions)
        {
            foreach (var local in extraction.Entities)
            {
                var root = sets.Find(sets.NumberOf(local.Key));
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
        var mentions = Mentions(groups, byRoot, entities, rankOfEntity, ArticleRanks(articles));
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

    /// <summary>Every group's MENTIONS edges, sorted by article id then entity id (via their ranks: each pair occurs once).</summary>
    private static ArticleMention[] Mentions(
        List<List<(Article Article, LocalEntity Local)>> groups, int[] byRoot, Entity[] entities, int[] rankOfEntity, Dictionary<string, int> articleRank)
    {
        var perGroup = new List<ArticleMention>[byRoot.Length];
        Parallel.For(0, byRoot.Length, i => perGroup[i] = Mentions(groups[byRoot[i]], entities[i].Id));
        var total = perGroup.Sum(m => m.Count);
        var mentions = new ArticleMention[total];
        var order = new long[total];
        var next = 0;
        for (var i = 0; i < perGroup.Length; i++)
        {
            foreach (var mention in perGroup[i])
            {
                order[next] = ((long)articleRank[mention.ArticleId] << 32) | (uint)rankOfEntity[i];
                mentions[next++] = mention;
            }
        }

        Array.Sort(order, mentions);
        return mentions;
    }

    /// <summary>One MENTIONS edge per article of the group, counting its mentions there (at least 1).</summary>
    private static List<ArticleMention> Mentions(List<(Article Article, LocalEntity Local)> group, string entityId)
    {
        // Members come in article order: runs of one article are summed without a lookup, and the index by
        // article id is only needed to find an id that comes back later (two articles sharing an id).
        var ids = new List<string>();
        var counts = new List<int>();
        Dictionary<string, int>? indexOf = null;
        foreach (var (article, local) in group)
        {
            var at = ids.Count - 1;
            if (at < 0)
            {
                at = 0;
                ids.Add(article.Id);
                counts.Add(0);
            }
            else if (!string.Equals(ids[at], article.Id, StringComparison.Ordinal))
            {
                // Made when a second article turns up, so it starts with the one seen so far.
                indexOf ??= new Dictionary<string, int>(StringComparer.Ordinal) { [ids[0]] = 0 };
                if (!indexOf.TryGetValue(article.Id, out at))
                {
                    at = ids.Count;
                    indexOf.Add(article.Id, at);
                    ids.Add(article.Id);
                    counts.Add(0);
                }
            }

            counts[at] += local.Mentions.Count;
        }

        var mentions = new List<ArticleMention>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            mentions.Add(new ArticleMention(ids[i], entityId, Math.Max(1, counts[i])));
        }

        return mentions;
    }
}
