namespace Digest.Extractor.Graph;

/// <summary>Levenshtein distance with an early exit once it exceeds a bound, so scanning every name stays cheap.</summary>
internal static class EditDistance
{
    /// <summary>The edit distance of two strings, or <paramref name="bound"/> + 1 when it exceeds the bound.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <param name="bound">The largest distance of interest.</param>
    public static int Within(string a, string b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], bound + 1);
    }
}
