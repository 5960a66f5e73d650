namespace Digest.GraphLoader.Export;

/// <summary>Groups a list's positions by the items' type in one pass, so an export that writes one batch per type reads each item once rather than once per type.</summary>
internal static class TypeGroups
{
    /// <summary>The positions of each type's items in list order, the types ascending (as <c>GroupBy(…).OrderBy(g => g.Key)</c> visits them).</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <typeparam name="TType">The type enum.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="typeOf">An item's type.</param>
    public static SortedDictionary<TType, List<int>> Of<TItem, TType>(IReadOnlyList<TItem> items, Func<TItem, TType> typeOf)
        where TType : struct, Enum
    {
        var groups = new SortedDictionary<TType, List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            var type = typeOf(items[i]);
            if (!groups.TryGetValue(type, out var positions))
            {
                positions = [];
                groups.Add(type, positions);
            }

            positions.Add(i);
        }

        return groups;
    }
}
