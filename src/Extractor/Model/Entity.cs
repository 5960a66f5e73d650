namespace Digest.Extractor.Model;

/// <summary>A resolved entity of the graph.</summary>
/// <param name="Id">Stable id, <c>&lt;type&gt;:&lt;slug of canonical name&gt;</c>.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Every other surface form seen for it, sorted.</param>
/// <param name="MentionCount">How often the input mentions it.</param>
/// <param name="ArticleIds">The articles that mention it, sorted.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    EquatableArray<string> Aliases,
    int MentionCount,
    EquatableArray<string> ArticleIds);
