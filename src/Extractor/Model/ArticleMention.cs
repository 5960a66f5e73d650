namespace Digest.Extractor.Model;

/// <summary>A MENTIONS relationship: an article names an entity <paramref name="Count"/> times.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="EntityId">The entity's id.</param>
/// <param name="Count">How many times the article mentions it.</param>
public sealed record ArticleMention(string ArticleId, string EntityId, int Count);
