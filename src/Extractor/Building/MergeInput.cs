using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Building;

/// <summary>
/// What <see cref="GraphBuilder"/> takes of one article's extraction: the article, each local entity without its
/// mentions (only how many there were) and the relations. A cached extraction decodes straight into this
/// (<see cref="Caching.ExtractionCodec.DecodeForMerge"/>), so a rebuild never makes the mention records the merge only counts.
/// </summary>
public sealed class MergeInput
{
    internal MergeInput(Article article, MergeEntity[] entities, MergeRelation[] relations)
    {
        Article = article;
        Entities = entities;
        Relations = relations;
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>Its entities, in the extraction's order.</summary>
    internal MergeEntity[] Entities { get; }

    /// <summary>Its relations, in the order found.</summary>
    internal MergeRelation[] Relations { get; }

    /// <summary>The keys of the local entities that the article's own paper introduces (its title's key is the paper's).</summary>
    internal HashSet<string> IntroducedKeys()
    {
        var paper = NameKey.Of(Article.Title);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in Relations)
        {
            if (relation.Type == RelationType.Introduces && relation.SourceKey == paper)
            {
                keys.Add(relation.TargetKey);
            }
        }

        return keys;
    }

    /// <summary>What the builder takes of an extraction.</summary>
    /// <param name="extraction">The extraction.</param>
    public static MergeInput Of(ArticleExtraction extraction)
    {
        var entities = new MergeEntity[extraction.Entities.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var local = extraction.Entities[i];
            entities[i] = new MergeEntity(local.Key, local.Name, local.Type, local.IsTypeGuessed, local.Aliases, local.Mentions.Count);
        }

        var relations = new MergeRelation[extraction.Relations.Count];
        for (var i = 0; i < relations.Length; i++)
        {
            var local = extraction.Relations[i];
            relations[i] = new MergeRelation(local.SourceKey, local.Type, local.TargetKey, local.Evidence, local.Confidence);
        }

        return new MergeInput(extraction.Article, entities, relations);
    }
}
