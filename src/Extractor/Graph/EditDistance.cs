using System.Runtime.CompilerServices;

namespace Digest.Extractor.Graph;

/// <summary>
/// Levenshtein distance up to a bound, so scanning every name of a graph stays cheap: strings
/// whose lengths differ by more than the bound are rejected at once, only the diagonal band of
/// width 2 × bound + 1 is computed, and the scan stops once a whole row exceeds the bound.
/// </summary>
internal static class EditDistance
{
    /// <summary>Longest string whose row buffers go on the stack.</summary>
    private const int StackLimit = 256;

    /// <summary>The edit distance of two strings, or <paramref name="bound"/> + 1 when it exceeds the bound.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <param name="bound">The largest distance of interest (0 or more).</param>
    // Runs once per name of the graph on a miss, in a process that answers once: optimise it at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        var beyond = bound + 1;
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return beyond;
        }

        var m = b.Length;
        var previous = m < StackLimit ? stackalloc int[m + 1] : new int[m + 1];
        var current = m < StackLimit ? stackalloc int[m + 1] : new int[m + 1];
        var reach = Math.Min(m, bound);
        for (var j = 0; j <= reach; j++)
        {
            previous[j] = j;
        }

        if (reach < m)
        {
            previous[reach + 1] = beyond;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // Cells outside the band are at least bound + 1 away: they stay "beyond".
            var low = Math.Max(1, i - bound);
            var high = Math.Min(m, i + bound);
            current[low - 1] = low == 1 ? Math.Min(i, beyond) : beyond;
            var rowMin = current[low - 1];
            for (var j = low; j <= high; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > bound)
            {
                return beyond;
            }

            if (high < m)
            {
                current[high + 1] = beyond;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[m], beyond);
    }
}
