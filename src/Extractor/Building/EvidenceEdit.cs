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
}
