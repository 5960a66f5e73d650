using System.Collections.Immutable;
using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>
/// What edits of articles change in the graph when they leave its entities and links alone: the wording of evidence
/// (<see cref="EvidenceEdit"/>), entities' mention counts (<see cref="MentionCountEdit"/>) and the counts of MENTIONS
/// edges (<see cref="MentionEdgeEdit"/>). Every other record stays as it was, so a rebuild can patch those records.
/// </summary>
/// <param name="Evidence">The relationships whose evidence changes.</param>
/// <param name="MentionCounts">The entities whose mention count changes.</param>
/// <param name="Mentions">The MENTIONS edges whose count changes.</param>
public sealed record GraphEdit(IReadOnlyList<EvidenceEdit> Evidence, IReadOnlyList<MentionCountEdit> MentionCounts, IReadOnlyList<MentionEdgeEdit> Mentions)
{
    /// <summary>How many edits it holds.</summary>
    public int Count => Evidence.Count + MentionCounts.Count + Mentions.Count;

    /// <summary>Edits of several articles together.</summary>
    /// <param name="edits">The edits.</param>
    public static GraphEdit Combine(IReadOnlyCollection<GraphEdit> edits) =>
        new([.. edits.SelectMany(e => e.Evidence)], [.. edits.SelectMany(e => e.MentionCounts)], [.. edits.SelectMany(e => e.Mentions)]);

    /// <summary>
    /// What an article's edit changes in the graph, when the article (but its body and line) and every entity but its
    /// mention count are what the merge took before, every relation is too but the wording of its sentence, and every
    /// entity whose count changes has one name and type in all its articles (<see cref="MergeLayout.Uniform"/>): then the
    /// graph's entities, ids, links and confidences stay as they were. Null when anything else changed.
    /// </summary>
    /// <param name="before">What the merge took of the article before the edit.</param>
    /// <param name="after">What it takes after.</param>
    /// <param name="layout">Where the merge put what the articles gave it before.</param>
    /// <param name="article">The article's position in the input.</param>
    public static GraphEdit? Between(MergeInput before, MergeInput after, MergeLayout layout, int article)
    {
        var entityPlaces = layout.Entities.Of(article);
        var relationPlaces = layout.Relations.Of(article);
        if (!SameArticle(before.Article, after.Article) || before.Entities.Length != after.Entities.Length
            || before.Relations.Length != after.Relations.Length || entityPlaces.Length != before.Entities.Length
            || relationPlaces.Length != before.Relations.Length)
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

        for (var i = 0; i < before.Relations.Length; i++)
        {
            if (!SameButWording(before.Relations[i], after.Relations[i]))
            {
                return null;
            }
        }

        var counts = MentionEdits(before, after, entityPlaces, out var mentions);
        if (counts.Exists(edit => !layout.Uniform[edit.Entity]))
        {
            return null;
        }

        return new GraphEdit(EvidenceEdits(before, after, relationPlaces), counts, mentions);
    }

    /// <summary>
    /// The change of each entity's mention count, and of the article's MENTIONS edge to it, counted as the merge counts
    /// them: an entity adds up its local entities' counts, each at least 1; an edge adds up the article's and is at least 1.
    /// </summary>
    private static List<MentionCountEdit> MentionEdits(MergeInput before, MergeInput after, ReadOnlySpan<int> places, out List<MentionEdgeEdit> mentions)
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
                counts.Add(new MentionCountEdit(entity, sum.WeightAfter - sum.WeightBefore));
            }

            if (Math.Max(1, sum.After) != Math.Max(1, sum.Before))
            {
                mentions.Add(new MentionEdgeEdit(after.Article.Id, entity, Math.Max(1, sum.Before), Math.Max(1, sum.After)));
            }
        }

        return counts;
    }

    /// <summary>The relationships whose evidence from the article changes, with the article's pieces before and after.</summary>
    private static List<EvidenceEdit> EvidenceEdits(MergeInput before, MergeInput after, ReadOnlySpan<int> places)
    {
        var edits = new List<EvidenceEdit>();
        foreach (var place in places.ToArray().Where(p => p >= 0).Distinct().Order())
        {
            var (old, fresh) = (PiecesAt(before, places, place), PiecesAt(after, places, place));
            if (!old.SequenceEqual(fresh))
            {
                edits.Add(new EvidenceEdit(place, after.Article.Id, new EquatableArray<Evidence>(old), new EquatableArray<Evidence>(fresh)));
            }
        }

        return edits;
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

    private static bool SameButWording(MergeRelation before, MergeRelation after) =>
        before.SourceKey == after.SourceKey && before.Type == after.Type && before.TargetKey == after.TargetKey
        && BitConverter.DoubleToInt64Bits(before.Confidence) == BitConverter.DoubleToInt64Bits(after.Confidence)
        && before.Evidence.ArticleId == after.Evidence.ArticleId && before.Evidence.Cue == after.Evidence.Cue;
}
