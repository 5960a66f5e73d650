using System.Runtime.InteropServices;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Mentions;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>
/// Turns the article's mentions into entities: drops Latin runs of known names side by side
/// (<see cref="JuxtaposedNames"/>), mentions inside longer ones and stoplisted ones, merges surface forms that share a name key, an alias link or a lexicon entry, picks the
/// canonical name (the lexicon's, else the most specific Latin-script name, else the most
/// frequent Chinese one) and the type (lexicon, then finders' hints, then <see cref="ShapeTyper"/>, else
/// <see cref="DefaultType"/>, marked as guessed).
/// </summary>
public sealed class MentionResolver(ExtractorKnowledge knowledge) : IExtractionStage
{
    /// <summary>The type of a name nothing types: most unknown names in AI digests are methods.</summary>
    public const EntityType DefaultType = EntityType.Method;

    /// <summary>What sets a paper title's key apart from the same words' key elsewhere.</summary>
    private const string TitleKeyPrefix = "《";

    private readonly ShapeTyper _typer = new(knowledge.Heads, knowledge.Frames, new DatasetVariants(knowledge.Lexicon), knowledge.Shapes);

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        // NameKey.Of normalises Unicode; an article repeats its names, so each surface is keyed once.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string surface)
        {
            ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, surface, out var exists);
            if (!exists)
            {
                key = NameKey.Of(surface);
            }

            return key!;
        }

        var outermost = KeepOutermost(JuxtaposedNames.Without(context));
        var mentions = new List<Mention>(outermost.Count);
        foreach (var mention in outermost)
        {
            if (!knowledge.Stoplist.ContainsKey(Key(mention.Surface)))
            {
                var singular = SurfaceForms.Singular(mention.Surface);
                mentions.Add(ReferenceEquals(singular, mention.Surface) ? mention : mention with { Surface = singular });
            }
        }

        // A paper's title in 《》 names the paper, even where the lexicon knows its words as another name of what the paper
        // introduced (《Segment Anything》 and SAM, 《Denoising Diffusion Probabilistic Models》 and DDPM): its set is its own.
        // The title's words written without 《》 (从Video Diffusion Models到Sora) name the paper too, unless the lexicon gives them to
        // something else.
        string SetKey(Mention mention) => IsPaperTitle(mention) ? TitleKeyPrefix + Key(mention.Surface) : Key(mention.Surface);

        var sets = new UnionFind();
        foreach (var mention in mentions)
        {
            var key = SetKey(mention);
            var plainKey = Key(mention.Surface);
            sets.Add(key);
            if (!knowledge.Lexicon.TryFindKey(plainKey, out var entry))
            {
                if (IsPaperTitle(mention))
                {
                    sets.Union(key, plainKey);
                }
            }
            else if (!IsPaperTitle(mention) || entry.Type == EntityType.Paper)
            {
                sets.Union(key, Key(entry.Name));
            }
        }

        foreach (var link in context.AliasLinks)
        {
            var a = Key(SurfaceForms.Singular(link.First));
            var b = Key(SurfaceForms.Singular(link.Second));
            if (!knowledge.Stoplist.ContainsKey(Key(link.First)) && !knowledge.Stoplist.ContainsKey(Key(link.Second)))
            {
                sets.Union(a, b);
            }
        }

        foreach (var (surname, person) in SurnameReferences.Links(mentions))
        {
            if (!knowledge.Lexicon.TryFindKey(Key(surname), out _))
            {
                sets.Union(Key(surname), Key(person));
            }
        }

        // Sorting the mentions by their set's representative, then by body order (KeepOutermost
        // sorted them), lines each group up in body order, and the groups in the order they resolve in.
        var roots = new string[mentions.Count];
        var order = new int[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            roots[i] = sets.Find(SetKey(mentions[i]));
            order[i] = i;
        }

        Array.Sort(order, (x, y) => string.CompareOrdinal(roots[x], roots[y]) is var c and not 0 ? c : x.CompareTo(y));
        Func<string, string> keyOf = Key;
        var surfaces = new List<(string Surface, int Count)>();
        for (var first = 0; first < order.Length;)
        {
            var end = first + 1;
            while (end < order.Length && roots[order[end]] == roots[order[first]])
            {
                end++;
            }

            var group = new Mention[end - first];
            for (var i = first; i < end; i++)
            {
                group[i - first] = mentions[order[i]];
            }

            context.Entities.Add(Resolve(context.Body, group, keyOf, surfaces));
            first = end;
        }
    }

    /// <summary>Resolves one group of mentions, in body order, to an entity.</summary>
    /// <param name="body">The article body.</param>
    /// <param name="mentions">The group's mentions; the entity keeps the array.</param>
    /// <param name="key">The name key of a surface.</param>
    /// <param name="surfaces">A scratch list for the distinct surfaces.</param>
    private LocalEntity Resolve(string body, Mention[] mentions, Func<string, string> key, List<(string Surface, int Count)> surfaces)
    {
        SurfaceCounts(mentions, surfaces);
        LexiconEntry? entry = null;
        var titles = Array.TrueForAll(mentions, IsPaperTitle);
        foreach (var (surface, _) in surfaces)
        {
            if (knowledge.Lexicon.TryFindKey(key(surface), out var found) && (!titles || found.Type == EntityType.Paper))
            {
                entry = found;
                break;
            }
        }

        var name = entry?.Name ?? FullPersonName(mentions) ?? CanonicalName(surfaces);
        var told = entry?.Type ?? knowledge.Shapes.FirmOf(name) ?? MostHinted(mentions) ?? _typer.Guess(name, body, mentions);
        var count = 0;
        var aliases = new string[surfaces.Count];
        foreach (var (surface, _) in surfaces)
        {
            if (surface != name)
            {
                aliases[count++] = surface;
            }
        }

        // The canonical name is usually one of the surfaces (not for a lexicon name written otherwise).
        Array.Resize(ref aliases, count);

        Array.Sort(aliases, string.CompareOrdinal);
        // A title the lexicon knows as the very name of something else (《Layer Normalization》 and the method Layer Normalization)
        // keeps a key of its own: the paper is not the method, and no two entities share a key.
        var entityKey = key(name);
        if (titles && entry is null && knowledge.Lexicon.TryFindKey(entityKey, out var namesake) && namesake.Type != EntityType.Paper)
        {
            entityKey = TitleKeyPrefix + entityKey;
        }

        return new LocalEntity(
            entityKey,
            name,
            told ?? DefaultType,
            ImmutableCollectionsMarshal.AsImmutableArray(aliases),
            ImmutableCollectionsMarshal.AsImmutableArray(mentions),
            IsTypeGuessed: told is null);
    }

    /// <summary>A person's name in full, when one of the mentions gives it (<c>Taku Kudo</c>, later <c>Kudo</c>): the first such.</summary>
    private static string? FullPersonName(Mention[] mentions) =>
        Array.Find(mentions, m => m.TypeHint == EntityType.Author && m.Surface.Contains(' ', StringComparison.Ordinal))?.Surface;

    /// <summary>Whether a mention is a title of several words in 《》: one word in 《》 (<c>《LoRA》</c>) is as often the work's name.</summary>
    private static bool IsPaperTitle(Mention mention) =>
        mention.Finder == BookTitleFinder.Name && mention.TypeHint == EntityType.Paper && mention.Surface.Contains(' ', StringComparison.Ordinal);

    /// <summary>The type most of the finders' hints give (the first type on a tie), or null without hints.</summary>
    private static EntityType? MostHinted(Mention[] mentions)
    {
        Span<int> votes = stackalloc int[TypeVotes.TypeCount];
        var any = false;
        foreach (var mention in mentions)
        {
            if (mention.TypeHint is { } hint)
            {
                votes[(int)hint]++;
                any = true;
            }
        }

        return any ? TypeVotes.Winner(votes) : null;
    }

    /// <summary>SCHEMA.md: the most specific Latin-script name (an acronym wins over its long form), else the Chinese name.</summary>
    internal static string CanonicalName(IReadOnlyList<Mention> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, mention.Surface, out _)++;
        }

        return CanonicalName(counts.Select(c => (c.Key, c.Value)).ToList());
    }

    /// <summary>The canonical one of distinct surfaces with their mention counts.</summary>
    private static string CanonicalName(List<(string Surface, int Count)> surfaces)
    {
        var best = surfaces[0];
        for (var i = 1; i < surfaces.Count; i++)
        {
            if (MoreCanonical(surfaces[i], best))
            {
                best = surfaces[i];
            }
        }

        return best.Surface;
    }

    /// <summary>Latin first, then acronyms, then the most mentioned, the shortest, the ordinally first.</summary>
    private static bool MoreCanonical((string Surface, int Count) a, (string Surface, int Count) b)
    {
        var latin = SurfaceForms.IsLatin(a.Surface).CompareTo(SurfaceForms.IsLatin(b.Surface));
        if (latin != 0)
        {
            return latin > 0;
        }

        var acronym = SurfaceForms.IsAcronym(a.Surface).CompareTo(SurfaceForms.IsAcronym(b.Surface));
        if (acronym != 0)
        {
            return acronym > 0;
        }

        if (a.Count != b.Count)
        {
            return a.Count > b.Count;
        }

        return a.Surface.Length != b.Surface.Length
            ? a.Surface.Length < b.Surface.Length
            : string.CompareOrdinal(a.Surface, b.Surface) < 0;
    }

    /// <summary>Fills <paramref name="counts"/> with the distinct surfaces in order of first mention, with how often each is mentioned.</summary>
    private static void SurfaceCounts(Mention[] mentions, List<(string Surface, int Count)> counts)
    {
        // Entities have few distinct surfaces, so a linear search beats hashing.
        counts.Clear();
        foreach (var mention in mentions)
        {
            var i = 0;
            while (i < counts.Count && counts[i].Surface != mention.Surface)
            {
                i++;
            }

            if (i == counts.Count)
            {
                counts.Add((mention.Surface, 1));
            }
            else
            {
                counts[i] = (mention.Surface, counts[i].Count + 1);
            }
        }
    }

    /// <summary>Of overlapping mentions keeps the longest (then the earliest); identical spans keep one.</summary>
    /// <returns>The kept mentions, in body order.</returns>
    internal static List<Mention> KeepOutermost(IReadOnlyList<Mention> mentions)
    {
        // By start, then longest, then finder name; the index keeps equal mentions in input order (a stable sort).
        var order = new int[mentions.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var a = mentions[x];
            var b = mentions[y];
            var c = a.Start.CompareTo(b.Start);
            if (c == 0)
            {
                c = b.Surface.Length.CompareTo(a.Surface.Length);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(a.Finder, b.Finder);
            }

            return c != 0 ? c : x.CompareTo(y);
        });

        var kept = new List<Mention>(mentions.Count);
        foreach (var index in order)
        {
            var mention = mentions[index];
            if (kept.Count > 0 && mention.Start < kept[^1].End)
            {
                if (mention.End <= kept[^1].End)
                {
                    if (mention.Start == kept[^1].Start && mention.End == kept[^1].End && kept[^1].TypeHint is null && mention.TypeHint is not null)
                    {
                        kept[^1] = kept[^1] with { TypeHint = mention.TypeHint };
                    }

                    continue;
                }

                if (mention.Surface.Length <= kept[^1].Surface.Length)
                {
                    continue;
                }

                kept.RemoveAt(kept.Count - 1);
            }

            kept.Add(mention);
        }

        return kept;
    }
}
