namespace Digest.Extractor.Graph.Communities;

/// <summary>Numbers groups so the largest is 0, ties broken by the smallest member position: a stable id for the same graph.</summary>
internal static class Partition
{
    /// <summary>Renumbers raw group labels.</summary>
    /// <param name="labels">Any label per vertex.</param>
    public static int[] Canonical(int[] labels)
    {
        var size = new Dictionary<int, int>();
        var first = new Dictionary<int, int>();
        for (var v = 0; v < labels.Length; v++)
        {
            size[labels[v]] = size.GetValueOrDefault(labels[v]) + 1;
            first.TryAdd(labels[v], v);
        }

        var order = size.Keys
            .OrderByDescending(l => size[l])
            .ThenBy(l => first[l])
            .Select((l, id) => (l, id))
            .ToDictionary(x => x.l, x => x.id);
        return labels.Select(l => order[l]).ToArray();
    }
}
