namespace Digest.Extractor.Model;

/// <summary>Where a relation was read: the sentence, its article and the cue that fired.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Sentence">The sentence text.</param>
/// <param name="Cue">The cue (word or pattern name) that indicated the relation.</param>
public sealed record Evidence(string ArticleId, string Sentence, string Cue);
