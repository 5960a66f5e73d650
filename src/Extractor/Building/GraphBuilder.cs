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
        foreach (var local in extractions.SelectMany(x => x.Entities))
        {
            sets.Add(local.Key);
            foreach (var alias in local.Aliases)
            {
                sets.Union(local.Key, NameKey.Of(alias));
            }
        }

        var groups = extractions
            .SelectMany(x => x.Entities.Select(e => (Article: x.Article, Local: e)))
            .GroupBy(o => sets.Find(o.Local.Key), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        var takenIds = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<Entity>();
        var idByRoot = new Dictionary<string, string>(StringComparer.Ordinal);
        var mentions = new List<ArticleMention>();
        foreach (var group in groups)
        {
            var entity = MergeGroup(group.ToList(), takenIds);
            entities.Add(entity);
            idByRoot[group.Key] = entity.Id;
            mentions.AddRange(group
                .GroupBy(o => o.Article.Id, StringComparer.Ordinal)
                .Select(a => new ArticleMention(a.Key, entity.Id, Math.Max(1, a.Sum(o => o.Local.Mentions.Count)))));
        }

        var relations = extractions
            .SelectMany(x => x.Relations)
            .Select(r => (Source: idByRoot[sets.Find(r.SourceKey)], r.Type, Target: idByRoot[sets.Find(r.TargetKey)], r.Evidence, r.Confidence))
            .Where(r => r.Source != r.Target)
            .GroupBy(r => (r.Source, r.Type, r.Target))
            .Select(g => new Relation(
                g.Key.Source,
                g.Key.Type,
                g.Key.Target,
                EquatableArray<Evidence>.From(g.Select(r => r.Evidence).Distinct()),
                g.Max(r => r.Confidence)))
            .OrderBy(r => r.SourceId, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.TargetId, StringComparer.Ordinal);

        return new KnowledgeGraphData(
            EquatableArray<Article>.From(extractions.Select(x => x.Article).OrderBy(a => a.Id, StringComparer.Ordinal)),
            EquatableArray<Entity>.From(entities.OrderBy(e => e.Id, StringComparer.Ordinal)),
            EquatableArray<Relation>.From(relations),
            EquatableArray<ArticleMention>.From(mentions
                .OrderBy(m => m.ArticleId, StringComparer.Ordinal)
                .ThenBy(m => m.EntityId, StringComparer.Ordinal)));
    }

    /// <summary>On a tied vote the type that needs specific evidence wins over the shape default (Method).</summary>
    private static readonly EntityType[] TieBreakOrder =
    [
        EntityType.Author, EntityType.Paper, EntityType.Dataset, EntityType.Model, EntityType.Organization,
        EntityType.Tool, EntityType.Task, EntityType.Concept, EntityType.Method,
    ];

    private static Entity MergeGroup(List<(Article Article, LocalEntity Local)> group, HashSet<string> takenIds)
    {
        var weight = (LocalEntity e) => Math.Max(1, e.Mentions.Count);
        var type = group.GroupBy(o => o.Local.Type)
            .OrderByDescending(g => g.Sum(o => weight(o.Local)))
            .ThenBy(g => Array.IndexOf(TieBreakOrder, g.Key))
            .First().Key;
        var names = group
            .SelectMany(o => Enumerable.Repeat(o.Local.Name, weight(o.Local)))
            .Select(n => new Mention(n, 0, 0, string.Empty))
            .ToList();
        var name = type == EntityType.Paper
            ? group.Where(o => o.Local.Type == EntityType.Paper).Select(o => o.Local.Name).Order(StringComparer.Ordinal).First()
            : MentionResolver.CanonicalName(names);
        var aliases = group.SelectMany(o => o.Local.Aliases.Append(o.Local.Name))
            .Where(a => a != name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var baseId = $"{SchemaNames.Label(type).ToLowerInvariant()}:{Slug.Of(name)}";
        var id = baseId;
        for (var n = 2; !takenIds.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return new Entity(
            id,
            type,
            name,
            EquatableArray<string>.From(aliases),
            group.Sum(o => weight(o.Local)),
            EquatableArray<string>.From(group.Select(o => o.Article.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
    }
}
