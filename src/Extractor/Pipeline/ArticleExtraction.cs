using Digest.Extractor.Model;

namespace Digest.Extractor.Pipeline;

/// <summary>What the pipeline extracted from one article.</summary>
/// <param name="Article">The article.</param>
/// <param name="Entities">Its entities, sorted by key.</param>
/// <param name="Relations">Its relations, in the order found.</param>
public sealed record ArticleExtraction(Article Article, EquatableArray<LocalEntity> Entities, EquatableArray<LocalRelation> Relations);
