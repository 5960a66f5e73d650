using System.Buffers;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Text;

namespace Digest.Extractor.Caching;

/// <summary>
/// The name keys of the lexicon entries that changed between two builds, and which articles they
/// reach. The extraction reads the lexicon only by name: the lexicon finder matches a name in the
/// text ignoring case, and the other stages look up the <see cref="NameKey"/> of a piece of the text
/// (a mention, a bracketed term, or either without a plural <c>s</c>). A key folds a text character
/// by character, so any such piece's key lies inside the key of the whole text: an article whose
/// title, category and body keys hold none of the changed keys extracts the same as before. The one
/// exception is a character that NFKC joins to the one before it (a combining accent after its letter,
/// a Hangul vowel after its consonant): a piece that ends or starts between the two keys differently
/// from the whole, so a text holding one is reached by any change (<see cref="Nfkc.MayJoinAcrossCharacters"/>).
/// </summary>
public sealed class LexiconChange
{
    private readonly SearchValues<string>? _keys;

    private LexiconChange(IReadOnlyCollection<string> keys, bool reachesEveryArticle)
    {
        Count = keys.Count;
        ReachesEveryArticle = reachesEveryArticle;
        _keys = keys.Count > 0 ? SearchValues.Create([.. keys], StringComparison.Ordinal) : null;
    }

    /// <summary>No change.</summary>
    public static LexiconChange None { get; } = new([], reachesEveryArticle: false);

    /// <summary>How many name keys changed.</summary>
    public int Count { get; }

    /// <summary>
    /// Whether a changed entry has a name without a key (only spaces and punctuation), which the
    /// lexicon finder can match anywhere: then every article is extracted again.
    /// </summary>
    public bool ReachesEveryArticle { get; }

    /// <summary>The change made by these entries, old and new.</summary>
    /// <param name="entries">The entries that differ between the two lexicons (their old and their new form).</param>
    internal static LexiconChange Of(IEnumerable<LexiconEntry> entries)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var everywhere = false;
        foreach (var name in entries.SelectMany(e => e.AllNames))
        {
            var key = NameKey.Of(name);
            everywhere |= key.Length == 0;
            keys.Add(key);
        }

        keys.Remove(string.Empty);
        return new LexiconChange(keys, everywhere);
    }

    /// <summary>Whether the article names a changed entry, so that its cached extraction may be stale.</summary>
    /// <param name="article">The article.</param>
    public bool Reaches(Article article) =>
        ReachesEveryArticle
        || (_keys is not null && (Holds(article.Title) || Holds(article.Category) || Holds(article.Body)));

    private bool Holds(string? text) =>
        text is not null && (NameKey.Of(text).AsSpan().ContainsAny(_keys!) || Nfkc.MayJoinAcrossCharacters(text));
}
