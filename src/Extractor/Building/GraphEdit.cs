using System.Collections.Immutable;
using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>
/// What edits of articles change in the graph when they leave its entities and links alone: relationships' evidence
/// and confidence (<see cref="EvidenceEdit"/>), entities' mention counts (<see cref="MentionCountEdit"/>) and the
/// counts of MENTIONS edges (<see cref="MentionEdgeEdit"/>). Every other record stays as it was, so a rebuild can patch
/// those records.
/// </summary>
/// <param name="Evidence">The relationships whose evidence changes.</param>
/// <param name="MentionCounts">The entities whose mention count changes.</param>
/// <param name="Mentions">The MENTIONS edges whose count changes.</param>
public sealed record GraphEdit(IReadOnlyList<EvidenceEdit> Evidence, IReadOnlyList<MentionCountEdit> MentionCounts, IReadOnlyList<MentionEdgeEdit> Mentions)
{
    /// <summary>Edits of several articles together.</summary>
    /// <param name="edits">The edits.</param>
    public static GraphEdit Combine(IReadOnlyCollection<GraphEdit> edits) =>
        new([.. edits.SelectMany(e => e.Evidence)], [.. edits.SelectMany(e => e.MentionCounts)], [.. edits.SelectMany(e => e.Mentions)]);

    /// <summary>
    /// What an article's edit changes in the graph, when the article (but its body and line) and every entity but its
    /// mention count are what the merge took before, and every relation joins two of the article's entities that the
    /// article already joined by a relation of that type (or one entity to itself, or two the schema does not let that
    /// type join, which the merge drops): then the graph's entities, ids and links stay as they were, unless a
    /// relationship loses all its evidence, which <see cref="EvidenceEdit.TryApply"/> finds, or a count change of an
    /// entity whose articles disagree on its type or name turns a vote, which <see cref="WithVotesSettled"/> finds. Null
    /// when anything else changed.
    /// </summary>
    /// <param name="before">What the merge took of the article before the edit.</param>
    /// <param name="after">What it takes after.</param>
    /// <param name="layout">Where the merge put what the articles gave it before.</param>
    /// <param name="article">The article's position in the input.</param>
    /// <param name="relationPlacesAfter">Where the merge puts each of the article's relations after the edit, for the layout of the patched graph (empty when null is returned).</param>
    public static GraphEdit? Between(MergeInput before, MergeInput after, MergeLayout layout, int article, out int[] relationPlacesAfter)
    {
        relationPlacesAfter = [];
        var entityPlaces = layout.Entities.Of(article);
        var relationPlaces = layout.Relations.Of(article);
        if (!SameArticle(before.Article, after.Article) || before.Entities.Length != after.Entities.Length
            || entityPlaces.Length != before.Entities.Length || relationPlaces.Length != before.Relations.Length)
        {
            return null;
        }

        for (var i = 0; i < before.Entities.Length; i++)
        {
            if (before.Entities[i] != after.Entities[i] with { MentionCount = before.Entities[i].MentionCount })
            {
                return null;
            }
        }

        // What the article's paper introduces decides how its names join others' (AcronymSenses.NoteIntroduced).
        if (!before.IntroducedKeys().SetEquals(after.IntroducedKeys()))
        {
            return null;
        }

        if (PlacesAfter(before, after, entityPlaces, relationPlaces) is not { } placesAfter)
        {
            return null;
        }

        var counts = MentionEdits(before, after, entityPlaces, layout.Uniform, out var mentions);
        relationPlacesAfter = placesAfter;
        return new GraphEdit(EvidenceEdits(before, after, relationPlaces, placesAfter), counts, mentions);
    }

    /// <summary>
    /// The edit with the count change of each entity whose articles disagree on its type or name settled by voting
    /// again, as the merge votes, over all its local entities before and after (<see cref="MentionCountEdit.VoteSettled"/>):
    /// settled when the merge would describe it as before but for its count. Reads every article that gives such an
    /// entity a local entity, so only those with an unsettled change are looked at.
    /// </summary>
    /// <param name="layout">Where the merge put what the articles gave it before.</param>
    /// <param name="before">What the merge took of an article before the edits.</param>
    /// <param name="after">What it takes after them.</param>
    public GraphEdit WithVotesSettled(MergeLayout layout, Func<int, MergeInput> before, Func<int, MergeInput> after)
    {
        var open = MentionCounts.Where(count => !count.VoteSettled).Select(count => count.Entity).ToHashSet();
        if (open.Count == 0)
        {
            return this;
        }

        // Every local entity of those entities, in input order: the order the merge gives their votes.
        var members = open.ToDictionary(entity => entity, _ => new List<(int Article, int Local)>());
        for (var article = 0; article < layout.Entities.ArticleCount; article++)
        {
            var places = layout.Entities.Of(article);
            for (var local = 0; local < places.Length; local++)
            {
                if (members.TryGetValue(places[local], out var list))
                {
                    list.Add((article, local));
                }
            }
        }

        var settled = members.Where(pair => Describe(pair.Value, before) == Describe(pair.Value, after)).Select(pair => pair.Key).ToHashSet();
        return this with { MentionCounts = [.. MentionCounts.Select(count => settled.Contains(count.Entity) ? count with { VoteSettled = true } : count)] };
    }

    /// <summary>The entity the merge makes of these local entities, but for its mention count.</summary>
    private static Entity Describe(List<(int Article, int Local)> members, Func<int, MergeInput> inputOf)
    {
        var group = new GroupMember[members.Count];
        for (var m = 0; m < group.Length; m++)
        {
            var input = inputOf(members[m].Article);
            var local = input.Entities[members[m].Local];
            group[m] = new GroupMember(input.Article.Id, local.Name, local.Type, local.IsTypeGuessed, local.Aliases, local.MentionCount);
        }

        return EntityMerger.Describe(group) with { MentionCount = 0 };
    }

    /// <summary>
    /// Where the merge puts each relation of the article after the edit: in the relationship an old relation with the
    /// same ends and type went into, or nowhere (-1) when both ends are one entity or the merge dropped that link. Null
    /// when a relation names a key that is none of the article's entities, or joins two entities the article did not join
    /// by that type.
    /// </summary>
    private static int[]? PlacesAfter(MergeInput before, MergeInput after, ReadOnlySpan<int> entityPlaces, ReadOnlySpan<int> relationPlaces)
    {
        var entityOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < before.Entities.Length; i++)
        {
            entityOfKey[before.Entities[i].Key] = entityPlaces[i];
        }

        var placeOfLink = new Dictionary<(int Source, RelationType Type, int Target), int>();
        for (var i = 0; i < before.Relations.Length; i++)
        {
            // A link the merge dropped (-1) stays dropped while its ends and their types stay as they were.
            if (Link(before.Relations[i], entityOfKey) is not { } link || (link.Source == link.Target && relationPlaces[i] >= 0)
                || placeOfLink.GetValueOrDefault(link, relationPlaces[i]) != relationPlaces[i])
            {
                return null;
            }

            placeOfLink[link] = relationPlaces[i];
        }

        var places = new int[after.Relations.Length];
        for (var i = 0; i < places.Length; i++)
        {
            if (Link(after.Relations[i], entityOfKey) is not { } link || after.Relations[i].Evidence.ArticleId != after.Article.Id)
            {
                return null;
            }

            if (link.Source == link.Target)
            {
                places[i] = -1;
            }
            else if (placeOfLink.TryGetValue(link, out var place))
            {
                places[i] = place;
            }
            else
            {
                return null;
            }
        }

        return places;
    }

    /// <summary>A relation's ends, as the article's entities' places, and its type; null when an end is none of them.</summary>
    private static (int Source, RelationType Type, int Target)? Link(MergeRelation relation, Dictionary<string, int> entityOfKey) =>
        entityOfKey.TryGetValue(relation.SourceKey, out var source) && entityOfKey.TryGetValue(relation.TargetKey, out var target)
            ? (source, relation.Type, target)
            : null;

    /// <summary>
    /// The change of each entity's mention count, and of the article's MENTIONS edge to it, counted as the merge counts
    /// them: an entity adds up its local entities' counts, each at least 1; an edge adds up the article's and is at least 1.
    /// </summary>
    private static List<MentionCountEdit> MentionEdits(MergeInput before, MergeInput after, ReadOnlySpan<int> places, bool[] uniform, out List<MentionEdgeEdit> mentions)
    {
        var sums = new SortedDictionary<int, (int Before, int After, int WeightBefore, int WeightAfter)>();
        for (var i = 0; i < places.Length; i++)
        {
            var (b, a) = (before.Entities[i].MentionCount, after.Entities[i].MentionCount);
            var sum = sums.GetValueOrDefault(places[i]);
            sums[places[i]] = (sum.Before + b, sum.After + a, sum.WeightBefore + Math.Max(1, b), sum.WeightAfter + Math.Max(1, a));
        }

        mentions = [];
        var counts = new List<MentionCountEdit>();
        foreach (var (entity, sum) in sums)
        {
            if (sum.WeightAfter != sum.WeightBefore)
            {
                counts.Add(new MentionCountEdit(entity, sum.WeightAfter - sum.WeightBefore, VoteSettled: uniform[entity]));
            }

            if (Math.Max(1, sum.After) != Math.Max(1, sum.Before))
            {
                mentions.Add(new MentionEdgeEdit(after.Article.Id, entity, Math.Max(1, sum.Before), Math.Max(1, sum.After)));
            }
        }

        return counts;
    }

    /// <summary>The relationships whose evidence or confidence from the article changes, with the article's share before and after.</summary>
    private static List<EvidenceEdit> EvidenceEdits(MergeInput before, MergeInput after, ReadOnlySpan<int> placesBefore, int[] placesAfter)
    {
        var edits = new List<EvidenceEdit>();
        foreach (var place in placesBefore.ToArray().Where(p => p >= 0).Distinct().Order())
        {
            var (old, fresh) = (PiecesAt(before, placesBefore, place), PiecesAt(after, placesAfter, place));
            var (oldConfidence, freshConfidence) = (HighestAt(before, placesBefore, place)!.Value, HighestAt(after, placesAfter, place));
            if (!old.SequenceEqual(fresh) || BitConverter.DoubleToInt64Bits(oldConfidence) != BitConverter.DoubleToInt64Bits(freshConfidence ?? double.NaN))
            {
                edits.Add(new EvidenceEdit(place, after.Article.Id, new EquatableArray<Evidence>(old), new EquatableArray<Evidence>(fresh), oldConfidence, freshConfidence));
            }
        }

        return edits;
    }

    /// <summary>The highest confidence of the article's relations in one relationship; null when none goes there.</summary>
    private static double? HighestAt(MergeInput input, ReadOnlySpan<int> places, int place)
    {
        double? highest = null;
        for (var i = 0; i < places.Length; i++)
        {
            if (places[i] == place)
            {
                highest = Math.Max(highest ?? double.MinValue, input.Relations[i].Confidence);
            }
        }

        return highest;
    }

    /// <summary>The distinct evidence the article's relations give one relationship, in the article's order, as the merge keeps it.</summary>
    private static ImmutableArray<Evidence> PiecesAt(MergeInput input, ReadOnlySpan<int> places, int place)
    {
        var pieces = ImmutableArray.CreateBuilder<Evidence>();
        for (var i = 0; i < places.Length; i++)
        {
            if (places[i] == place && !pieces.Contains(input.Relations[i].Evidence))
            {
                pieces.Add(input.Relations[i].Evidence);
            }
        }

        return pieces.ToImmutable();
    }

    /// <summary>Every field the merge takes of the article: its body and line are not among them.</summary>
    private static bool SameArticle(Article before, Article after) =>
        before.Id == after.Id && before.Title == after.Title && before.Category == after.Category && before.Source == after.Source
        && before.IsTruncated == after.IsTruncated;
}
