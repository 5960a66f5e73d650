using System.Collections.Immutable;
using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>
/// New wording of one article's evidence in one relationship: the pieces of evidence the article gave it before and
/// after an edit (each distinct, in the article's order, as the merge keeps them). The merge keeps a relationship's
/// evidence in input order, so one article's pieces stand together, and the edited relationship is the old one with
/// that run replaced.
/// </summary>
/// <param name="Relation">The relationship's position in the graph's relations.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Before">Its pieces of evidence there before the edit.</param>
/// <param name="After">Its pieces of evidence there after the edit.</param>
public sealed record EvidenceEdit(int Relation, string ArticleId, EquatableArray<Evidence> Before, EquatableArray<Evidence> After)
{
    /// <summary>
    /// The relationship with the article's run of evidence replaced; false when its evidence from the article is not
    /// exactly <see cref="Before"/>, side by side (then it is not the relationship the merge made of the old input).
    /// </summary>
    /// <param name="relation">The relationship as the last build wrote it.</param>
    /// <param name="edited">The relationship after the edit.</param>
    public bool TryApply(Relation relation, out Relation edited)
    {
        edited = relation;
        var evidence = relation.Evidence.AsImmutableArray();
        var before = Before.AsImmutableArray();
        var first = 0;
        while (first < evidence.Length && evidence[first].ArticleId != ArticleId)
        {
            first++;
        }

        if (first == evidence.Length || evidence.Count(e => e.ArticleId == ArticleId) != before.Length
            || !evidence.Slice(first, before.Length).SequenceEqual(before))
        {
            return false;
        }

        var pieces = evidence.RemoveRange(first, before.Length).InsertRange(first, After.AsImmutableArray());
        edited = relation with { Evidence = new EquatableArray<Evidence>(pieces) };
        return true;
    }

    /// <summary>
    /// The relationships an article's edit changes, when the edit only rewords its evidence: the article (but its body
    /// and line), every entity and every relation but the wording of its sentence are what the merge took before. The
    /// graph's entities, links and confidences then stay as they were. Null when anything else changed.
    /// </summary>
    /// <param name="before">What the merge took of the article before the edit.</param>
    /// <param name="after">What it takes after.</param>
    /// <param name="places">Where the merge put the article's relations before (<see cref="RelationPlaces.Of"/>).</param>
    public static IReadOnlyList<EvidenceEdit>? Between(MergeInput before, MergeInput after, ReadOnlySpan<int> places)
    {
        if (!SameArticle(before.Article, after.Article) || !before.Entities.AsSpan().SequenceEqual(after.Entities)
            || before.Relations.Length != after.Relations.Length || places.Length != before.Relations.Length)
        {
            return null;
        }

        for (var i = 0; i < before.Relations.Length; i++)
        {
            if (!SameButWording(before.Relations[i], after.Relations[i]))
            {
                return null;
            }
        }

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

    /// <summary>The distinct evidence the article's relations give one relationship, in the article's order.</summary>
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
