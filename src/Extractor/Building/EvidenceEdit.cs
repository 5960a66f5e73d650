using Digest.Extractor.Model;

namespace Digest.Extractor.Building;

/// <summary>
/// What one article's edit changes in one relationship: the pieces of evidence the article gave it before and after
/// (each distinct, in the article's order, as the merge keeps them) and the highest confidence among the article's
/// local relations there. The merge keeps a relationship's evidence in input order, so one article's pieces stand
/// together, and the edited relationship is the old one with that run replaced; its confidence is the highest of all
/// articles', which the old record bounds.
/// </summary>
/// <param name="Relation">The relationship's position in the graph's relations.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Before">Its pieces of evidence there before the edit.</param>
/// <param name="After">Its pieces of evidence there after the edit (none when it no longer gives the relationship anything).</param>
/// <param name="BeforeConfidence">The highest confidence of its local relations there before.</param>
/// <param name="AfterConfidence">The highest after, or null when it gives the relationship nothing.</param>
public sealed record EvidenceEdit(int Relation, string ArticleId, EquatableArray<Evidence> Before, EquatableArray<Evidence> After, double BeforeConfidence, double? AfterConfidence)
{
    /// <summary>
    /// The relationship with the article's run of evidence replaced and its confidence updated. False when its evidence
    /// from the article is not exactly <see cref="Before"/>, side by side, or its confidence is below
    /// <see cref="BeforeConfidence"/> (then it is not the relationship the merge made of the old input); and false when
    /// the result cannot be known from the record: no evidence would be left (the relationship goes, a link changes), or
    /// the article held the highest confidence, now gives less, and other articles give the relationship something too
    /// (one of theirs may be next). Every article that gives a relationship anything has evidence in it, since evidence
    /// names its article: when all of it is the article's, its new highest is the relationship's.
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
            || !evidence.Slice(first, before.Length).SequenceEqual(before) || relation.Confidence < BeforeConfidence)
        {
            return false;
        }

        var pieces = evidence.RemoveRange(first, before.Length).InsertRange(first, After.AsImmutableArray());
        var othersGive = evidence.Any(e => e.ArticleId != ArticleId);
        if (pieces.IsEmpty || ConfidenceAfter(relation.Confidence, othersGive) is not { } confidence)
        {
            return false;
        }

        edited = relation with { Evidence = new EquatableArray<Evidence>(pieces), Confidence = confidence };
        return true;
    }

    /// <summary>The relationship's confidence after the edit, when the old one, the article's and whether other articles give it anything tell it.</summary>
    private double? ConfidenceAfter(double old, bool othersGive)
    {
        if (AfterConfidence >= old || !othersGive)
        {
            return AfterConfidence;
        }

        // Below the old highest now: it stays only if another article held it.
        return BeforeConfidence < old ? old : null;
    }
}
