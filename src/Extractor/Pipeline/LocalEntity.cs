using Digest.Extractor.Model;

namespace Digest.Extractor.Pipeline;

/// <summary>An entity as resolved within one article.</summary>
/// <param name="Key">The article-local key (the name key of its canonical name).</param>
/// <param name="Name">The canonical name chosen in this article.</param>
/// <param name="Type">The type chosen in this article.</param>
/// <param name="Aliases">Other surface forms, sorted.</param>
/// <param name="Mentions">Where it is mentioned, in body order.</param>
public sealed record LocalEntity(string Key, string Name, EntityType Type, EquatableArray<string> Aliases, EquatableArray<Mention> Mentions);
