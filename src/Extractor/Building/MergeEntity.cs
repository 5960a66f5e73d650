using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>A local entity as the merge takes it: its mentions only counted.</summary>
/// <param name="Key">Its name key.</param>
/// <param name="Name">The canonical name chosen in its article.</param>
/// <param name="Type">The type chosen in its article.</param>
/// <param name="IsTypeGuessed">Whether that type is the default, nothing having told it (<see cref="Pipeline.LocalEntity.IsTypeGuessed"/>).</param>
/// <param name="Aliases">Its other surface forms there, sorted.</param>
/// <param name="MentionCount">How many mentions it had there.</param>
internal readonly record struct MergeEntity(string Key, string Name, EntityType Type, bool IsTypeGuessed, EquatableArray<string> Aliases, int MentionCount);
