namespace Digest.Extractor.Graph.Cards;

/// <summary>An article that mentions the entity.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The article title (the id when the graph lacks the article).</param>
/// <param name="Mentions">How often the article names the entity.</param>
public sealed record CardArticle(string Id, string Title, int Mentions);
