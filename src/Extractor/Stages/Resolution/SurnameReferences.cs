using System.Buffers;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>
/// A person an article named in full is later named by surname alone (<c>Taku Kudo与John Richardson提出了SentencePiece…Kudo基于Unigram
/// LM…提出了子词正则化</c>): a capitalised word that is the last word of exactly one person the article names is that person. A
/// surname two people share stays apart (it may be either), and so does a word the lexicon knows, which names a work, and the
/// surname of a writer of the article's opening author list.
/// </summary>
internal static class SurnameReferences
{
    /// <summary>What may follow a surname's capital: lower-case letters, an apostrophe, a hyphen.</summary>
    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ'’-");

    /// <summary>Each lone surname mention's surface with the full name of the person it stands for.</summary>
    /// <param name="mentions">The article's mentions.</param>
    public static IEnumerable<(string Surname, string Person)> Links(IReadOnlyList<Mention> mentions)
    {
        Dictionary<string, string?>? people = null;
        foreach (var mention in mentions)
        {
            var space = mention.Surface.LastIndexOf(' ');
            if (mention.TypeHint == EntityType.Author && space > 0 && !OpensTheArticle(mention))
            {
                people ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                var surname = mention.Surface[(space + 1)..];
                people[surname] = people.TryGetValue(surname, out var known) && known != mention.Surface ? null : mention.Surface;
            }
        }

        if (people is null)
        {
            yield break;
        }

        foreach (var mention in mentions)
        {
            if (mention.TypeHint != EntityType.Author && IsCapitalisedWord(mention.Surface) && people.TryGetValue(mention.Surface, out var person) && person is not null)
            {
                yield return (mention.Surface, person);
            }
        }
    }

    /// <summary>
    /// Whether a person is of the author list an article opens with: a summary names its own authors there, and a word of the text
    /// that is one's surname is as often a work (<c>Pengfei Wan</c> among the authors, <c>基于Wan架构</c> in the text).
    /// </summary>
    private static bool OpensTheArticle(Mention mention) => mention.Finder == AuthorListFinder.Name && mention.SentenceIndex == 0;

    /// <summary>Whether a surface is one word of letters, a capital then lower case (<c>Kudo</c>; not <c>BERT</c> or <c>LoRA</c>).</summary>
    private static bool IsCapitalisedWord(string surface) =>
        surface.Length >= 2 && char.IsUpper(surface[0]) && !surface.AsSpan(1).ContainsAnyExcept(LowerLetters);
}
