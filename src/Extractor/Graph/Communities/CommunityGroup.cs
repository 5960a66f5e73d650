using Digest.Extractor.Model;

namespace Digest.Extractor.Graph.Communities;

/// <summary>One community or component.</summary>
/// <param name="Id">Its number (0 = largest).</param>
/// <param name="Members">Its entities, highest PageRank first.</param>
public sealed record CommunityGroup(int Id, IReadOnlyList<Entity> Members);
