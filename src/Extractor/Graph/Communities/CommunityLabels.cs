namespace Digest.Extractor.Graph.Communities;

/// <summary>
/// Names each community by its leading member: the entity with the highest PageRank, equal ranks going to the
/// earliest id (as <c>digest communities</c> lists members). A rank number (0 = largest) would renumber most
/// communities whenever one grows or a new one appears, so one new link would change the <c>community</c> of nearly
/// every entity in every export and incremental load; the leading member of a community stays while the community
/// does, and says what it is about.
/// </summary>
public static class CommunityLabels
{
    /// <summary>The label of every entity's community, by position.</summary>
    /// <param name="community">The community number per entity position (any numbering).</param>
    /// <param name="pageRank">The PageRank per entity position, as stored (rounded).</param>
    /// <param name="entityIds">The entity ids by position, ascending.</param>
    public static string[] Of(int[] community, double[] pageRank, IReadOnlyList<string> entityIds)
    {
        if (community.Length != pageRank.Length || community.Length != entityIds.Count)
        {
            throw new ArgumentException($"{community.Length} communities, {pageRank.Length} ranks and {entityIds.Count} ids do not describe one graph", nameof(entityIds));
        }

        // Community numbers are entity positions or fewer (Louvain and Partition number them densely from 0).
        var leader = new int[community.Length];
        Array.Fill(leader, -1);
        for (var v = 0; v < community.Length; v++)
        {
            ref var current = ref leader[community[v]];
            if (current < 0 || pageRank[v] > pageRank[current])
            {
                current = v;
            }
        }

        var labels = new string[community.Length];
        for (var v = 0; v < labels.Length; v++)
        {
            labels[v] = entityIds[leader[community[v]]];
        }

        return labels;
    }

    /// <summary>Community numbers (0 = largest) for stored labels: entities with the same label share a community.</summary>
    /// <param name="labels">The label per entity position.</param>
    public static int[] Numbers(IReadOnlyList<string> labels)
    {
        var numberOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var raw = new int[labels.Count];
        for (var v = 0; v < raw.Length; v++)
        {
            if (!numberOf.TryGetValue(labels[v], out raw[v]))
            {
                raw[v] = numberOf.Count;
                numberOf.Add(labels[v], raw[v]);
            }
        }

        return Partition.Canonical(raw);
    }
}
