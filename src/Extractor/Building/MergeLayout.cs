namespace Digest.Extractor.Building;

/// <summary>
/// Where a merge put what each article gave it, for a rebuild that patches the exports instead of merging again: each
/// local entity's entity and each local relation's relationship (<see cref="ArticlePlaces"/>), and which entities a
/// change of mention counts leaves as they are but for their counts.
/// </summary>
/// <param name="Entities">Each article's local entities' positions in the graph's entities.</param>
/// <param name="Relations">Each article's local relations' positions in the graph's relations.</param>
/// <param name="Uniform">
/// For each entity, in the graph's order: whether every local entity merged into it has its name and type. The type and
/// name are chosen by a vote weighted by mention counts, so only then can any counts change without changing them (and
/// the id); otherwise the votes are taken again (<see cref="GraphEdit.WithVotesSettled"/>).
/// </param>
public sealed record MergeLayout(ArticlePlaces Entities, ArticlePlaces Relations, bool[] Uniform);
