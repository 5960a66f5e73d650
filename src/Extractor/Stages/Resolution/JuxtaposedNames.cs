using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>
/// A run of Latin words that is two known names or more side by side names each of them, not one thing, when
/// <list type="bullet">
/// <item>the first is a person of the article's author list (<c>作者:Xu Tao NeRF 神经辐射场…</c>: the heading after the
/// authors; a person whose last words are known systems or makers, <c>Lin Feng CLIP</c>, loses them);</item>
/// <item>the first is a maker, tool or dataset, or the last a maker, tool, dataset, task or notion (<c>Google Gemini</c>,
/// <c>NVIDIA Isaac Sim</c>, <c>nuScenes OOD</c>, <c>GRPO RL</c>): who made it, what it runs in or on, what it is for;</item>
/// <item>both are models (<c>ChatGPT GPT-5</c>, <c>PSPNet ResNet-18</c>): a system and the model it runs;</item>
/// <item>the run opens a sentence after white space (<c>… 。 PPO RLHF通常使用…</c>): blog digests print a section's
/// heading inline before a sentence that opens with another name.</item>
/// </list>
/// Two techniques side by side elsewhere name a variant of the last (<c>Transformer VAE</c>, <c>Attention U-Net</c>,
/// <c>DINO ViT</c>), and the run stays.
/// </summary>
internal static class JuxtaposedNames
{
    /// <summary>The mentions without the Latin runs that known names, one space apart, tile and that name several things.</summary>
    /// <param name="context">The article: its body and sentences.</param>
    public static IReadOnlyList<Mention> Without(ArticleContext context)
    {
        var mentions = WithoutHeadingsAfterAuthors(context.Body, context.Mentions);
        Dictionary<int, Mention>? known = null;
        List<Mention>? kept = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Finder == LatinNameFinder.Name && mention.Surface.Contains(' ') && KnownStartsAt(mentions, mention.Start))
            {
                known ??= KnownByStart(mentions);
                if (Tiles(mention, known) is { } names && NameSeveralThings(context, mention, names))
                {
                    kept ??= [.. mentions.Take(i)];
                    continue;
                }
            }

            kept?.Add(mention);
        }

        return kept ?? mentions;
    }

    /// <summary>The mentions with the last person of the author list cut before the known names that end it.</summary>
    private static IReadOnlyList<Mention> WithoutHeadingsAfterAuthors(string body, IReadOnlyList<Mention> mentions)
    {
        Dictionary<int, Mention>? known = null;
        List<Mention>? kept = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Finder == AuthorListFinder.Name && mention.Surface.Contains(' ') && EndsTheList(body, mention.End)
                && LexiconEndsAt(mentions, mention.End))
            {
                known ??= KnownByStart(mentions);
                if (WithoutKnownEnd(mention, known) is { } person)
                {
                    kept ??= [.. mentions.Take(i)];
                    kept.Add(person);
                    continue;
                }
            }

            kept?.Add(mention);
        }

        return kept ?? mentions;
    }

    private static bool NameSeveralThings(ArticleContext context, Mention run, List<Mention> names)
    {
        var (first, last) = (names[0].TypeHint, names[^1].TypeHint);
        return first is EntityType.Author or EntityType.Organization or EntityType.Tool or EntityType.Dataset
            || last is EntityType.Organization or EntityType.Tool or EntityType.Dataset or EntityType.Task or EntityType.Concept
            || (first == EntityType.Model && last == EntityType.Model)
            || (context.Sentences[run.SentenceIndex].Start == run.Start && run.Start > 0 && char.IsWhiteSpace(context.Body[run.Start - 1]));
    }

    /// <summary>
    /// The last person of the list without the known system, maker or dataset names that end it
    /// (<c>作者:Lin Feng CLIP OpenAI的CLIP…</c>: the heading after the authors), or null when none does.
    /// </summary>
    private static Mention? WithoutKnownEnd(Mention person, Dictionary<int, Mention> known)
    {
        var end = person.End;
        var cut = false;
        while (true)
        {
            var space = person.Surface.LastIndexOf(' ', end - person.Start - 1);
            if (space <= 0 || !known.TryGetValue(person.Start + space + 1, out var name) || name.End != end
                || name.TypeHint is not (EntityType.Method or EntityType.Model or EntityType.Tool or EntityType.Dataset or EntityType.Organization)
                || !IsSpeltAsASystem(name.Surface))
            {
                return cut ? person with { Surface = person.Surface[..(end - person.Start)] } : null;
            }

            end = person.Start + space;
            cut = true;
        }
    }

    /// <summary>Whether a known name (a lexicon name or a person) starts there: most runs start with none, and need no index.</summary>
    private static bool KnownStartsAt(IReadOnlyList<Mention> mentions, int start)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start == start && IsKnown(mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lexicon name ends there: most people of the author list end with none, and need no index.</summary>
    private static bool LexiconEndsAt(IReadOnlyList<Mention> mentions, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.End == end && mention.Finder == LexiconMentionFinder.Name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnown(Mention mention) => mention.Finder is LexiconMentionFinder.Name or AuthorListFinder.Name or AuthorListFinder.EtAlName;

    /// <summary>Whether nothing but white space and no list separator follows the person: the last of the list.</summary>
    private static bool EndsTheList(string body, int end)
    {
        var next = body.AsSpan(end).TrimStart(' ');
        return next.Length > 0 && next[0] is not (',' or '，' or '、' or ';' or '；');
    }

    /// <summary>
    /// Whether a known name is spelt as systems are and people are not: three characters or more, two of them capitals
    /// (<c>CLIP</c>, <c>SAM</c>, <c>NeRF</c>), so that a surname the lexicon matches ignoring case (<c>Gan</c>, <c>Sam</c>) or a
    /// short capitalised one (<c>Zitong YU</c>) stays.
    /// </summary>
    private static bool IsSpeltAsASystem(string name) =>
        name.Length >= 3 && name.Count(char.IsAsciiLetterUpper) >= 2;

    private static Dictionary<int, Mention> KnownByStart(IReadOnlyList<Mention> mentions)
    {
        var known = new Dictionary<int, Mention>();
        foreach (var mention in mentions)
        {
            if (IsKnown(mention))
            {
                known.TryAdd(mention.Start, mention);
            }
        }

        return known;
    }

    /// <summary>The two or more lexicon or author mentions that, one space apart, cover the run exactly, or null.</summary>
    private static List<Mention>? Tiles(Mention run, Dictionary<int, Mention> known)
    {
        var names = new List<Mention>();
        var at = run.Start;
        while (known.TryGetValue(at, out var name) && name.End <= run.End)
        {
            names.Add(name);
            if (name.End == run.End)
            {
                return names.Count >= 2 ? names : null;
            }

            if (run.Surface[name.End - run.Start] != ' ')
            {
                return null;
            }

            at = name.End + 1;
        }

        return null;
    }
}
