using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>What the merge keeps of one article's local entity: enough to vote its type and name and to count its mentions, not the mentions themselves.</summary>
/// <param name="ArticleId">The article it was found in.</param>
/// <param name="Name">The canonical name chosen in that article.</param>
/// <param name="Type">The type chosen in that article.</param>
/// <param name="IsTypeGuessed">Whether that type is the default, nothing having told it.</param>
/// <param name="Aliases">Its other surface forms there, sorted.</param>
/// <param name="MentionCount">How many mentions it had there.</param>
internal readonly record struct GroupMember(string ArticleId, string Name, EntityType Type, bool IsTypeGuessed, EquatableArray<string> Aliases, int MentionCount)
{
    /// <summary>Its weight in the votes: its mentions, at least 1.</summary>
    public int Weight => Math.Max(1, MentionCount);
}
