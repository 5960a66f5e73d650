using Digest.Extractor.Model;

namespace Digest.Extractor.Pipeline;

/// <summary>An entity as resolved within one article.</summary>
/// <param name="Key">The article-local key (the name key of its canonical name).</param>
/// <param name="Name">The canonical name chosen in this article.</param>
/// <param name="Type">The type chosen in this article.</param>
/// <param name="Aliases">Other surface forms, sorted.</param>
/// <param name="Mentions">Where it is mentioned, in body order.</param>
/// <param name="IsTypeGuessed">
/// Whether nothing in the article or the name gave its type (no lexicon entry, finder's hint, head word, phrase or
/// shape), so it is the default: the merge counts such a guess only when no article says more.
/// </param>
public sealed record LocalEntity(string Key, string Name, EntityType Type, EquatableArray<string> Aliases, EquatableArray<Mention> Mentions, bool IsTypeGuessed = false);
