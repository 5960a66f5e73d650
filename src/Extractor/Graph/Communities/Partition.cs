namespace Digest.Extractor.Graph.Communities;

/// <summary>Numbers groups so the largest is 0, ties broken by the smallest member position: a stable id for the same graph.</summary>
internal static class Partition
{
    /// <summary>Renumbers raw group labels.</summary>
    /// <param name="labels">Any label per vertex.</param>
    public static int[] Canonical(int[] labels)
    {
        var order = Enumerable.Range(0, labels.Length)
            .GroupBy(v => labels[v])
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min())
            .Select((g, id) => (g.Key, id))
            .ToDictionary(x => x.Key, x => x.id);
        return labels.Select(l => order[l]).ToArray();
    }
}
