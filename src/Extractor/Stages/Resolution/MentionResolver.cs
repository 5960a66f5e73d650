using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>
/// Turns the article's mentions into entities: drops mentions inside longer ones and stoplisted
/// ones, merges surface forms that share a name key, an alias link or a lexicon entry, picks the
/// canonical name (the lexicon's, else the most specific Latin-script name, else the most
/// frequent Chinese one) and the type (lexicon, then finders' hints, then <see cref="ShapeTyper"/>).
/// </summary>
public sealed class MentionResolver(ExtractorKnowledge knowledge) : IExtractionStage
{
    private readonly ShapeTyper _typer = new(knowledge.Heads, knowledge.Shapes);

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        // NameKey.Of normalises Unicode; an article repeats its names, so each surface is keyed once.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string surface)
        {
            if (!keys.TryGetValue(surface, out var key))
            {
                keys[surface] = key = NameKey.Of(surface);
            }

            return key;
        }

        var mentions = KeepOutermost(context.Mentions)
            .Where(m => !knowledge.Stoplist.ContainsKey(Key(m.Surface)))
            .Select(m => m with { Surface = SurfaceForms.Singular(m.Surface) })
            .ToList();
        var sets = new UnionFind();
        foreach (var mention in mentions)
        {
            var key = Key(mention.Surface);
            sets.Add(key);
            if (knowledge.Lexicon.TryFindKey(key, out var entry))
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

        foreach (var group in mentions.GroupBy(m => sets.Find(Key(m.Surface))).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            context.Entities.Add(Resolve(context.Body, group.OrderBy(m => m.Start).ToList(), Key));
        }
    }

    private LocalEntity Resolve(string body, List<Mention> mentions, Func<string, string> key)
    {
        var surfaces = mentions.Select(m => m.Surface).Distinct(StringComparer.Ordinal).ToList();
        var entry = surfaces.Select(s => knowledge.Lexicon.TryFindKey(key(s), out var e) ? e : null).FirstOrDefault(e => e is not null);
        var name = entry?.Name ?? CanonicalName(mentions);
        var hint = mentions.Where(m => m.TypeHint is not null).GroupBy(m => m.TypeHint!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (EntityType?)g.Key).FirstOrDefault();
        var type = entry?.Type ?? hint ?? _typer.Guess(name, body, mentions);
        var aliases = surfaces.Where(s => s != name).Order(StringComparer.Ordinal);
        return new LocalEntity(key(name), name, type, EquatableArray<string>.From(aliases), EquatableArray<Mention>.From(mentions));
    }

    /// <summary>SCHEMA.md: the most specific Latin-script name (an acronym wins over its long form), else the Chinese name.</summary>
    internal static string CanonicalName(IReadOnlyList<Mention> mentions)
    {
        var counts = mentions.GroupBy(m => m.Surface, StringComparer.Ordinal).Select(g => (Surface: g.Key, Count: g.Count())).ToList();
        return counts
            .OrderByDescending(c => SurfaceForms.IsLatin(c.Surface))
            .ThenByDescending(c => SurfaceForms.IsAcronym(c.Surface))
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Surface.Length)
            .ThenBy(c => c.Surface, StringComparer.Ordinal)
            .First().Surface;
    }

    /// <summary>Of overlapping mentions keeps the longest (then the earliest); identical spans keep one.</summary>
    internal static IEnumerable<Mention> KeepOutermost(IEnumerable<Mention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Start).ThenByDescending(m => m.Surface.Length).ThenBy(m => m.Finder, StringComparer.Ordinal);
        var kept = new List<Mention>();
        foreach (var mention in ordered)
        {
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
