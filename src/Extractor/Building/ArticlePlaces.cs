namespace Digest.Extractor.Building;

/// <summary>
/// Where a merge put each article's local entities or relations: for every article, in input order, and each of its
/// local items, in its order, the position in the graph's entities or relations of the one it went into (-1 for a
/// relation whose two ends became one entity, which is dropped). A rebuild whose edits leave the graph's entities and
/// links as they were uses it to find the records to patch.
/// </summary>
public sealed class ArticlePlaces
{
    private readonly int[] _start;
    private readonly int[] _places;

    /// <summary>Places laid out article after article.</summary>
    /// <param name="start">Where each article's places start in <paramref name="places"/>, and one more entry: the end.</param>
    /// <param name="places">Every local item's place.</param>
    /// <exception cref="ArgumentException">The starts do not step through the places.</exception>
    public ArticlePlaces(int[] start, int[] places)
    {
        if (start.Length == 0 || start[0] != 0 || start[^1] != places.Length || start.Zip(start.Skip(1)).Any(pair => pair.First > pair.Second))
        {
            throw new ArgumentException("the starts must rise from 0 to the number of places", nameof(start));
        }

        _start = start;
        _places = places;
    }

    /// <summary>How many articles it describes.</summary>
    public int ArticleCount => _start.Length - 1;

    /// <summary>Where each article's places start, and one more entry: the end.</summary>
    public ReadOnlySpan<int> Starts => _start;

    /// <summary>Every local item's place, article after article.</summary>
    public ReadOnlySpan<int> All => _places;

    /// <summary>These places with some articles' places replaced (their counts may change).</summary>
    /// <param name="replaced">The new places of each article replaced, by the article's position.</param>
    public ArticlePlaces With(IReadOnlyDictionary<int, int[]> replaced)
    {
        var start = new int[_start.Length];
        var places = new List<int>(_places.Length);
        for (var article = 0; article < ArticleCount; article++)
        {
            start[article] = places.Count;
            places.AddRange(replaced.TryGetValue(article, out var own) ? own : Of(article));
        }

        start[^1] = places.Count;
        return new ArticlePlaces(start, [.. places]);
    }

    /// <summary>The places of one article's local items, in its order.</summary>
    /// <param name="article">The article's position in the input.</param>
    public ReadOnlySpan<int> Of(int article) => _places.AsSpan(_start[article], _start[article + 1] - _start[article]);
}
