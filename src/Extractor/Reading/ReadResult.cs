using Digest.Extractor.Model;

namespace Digest.Extractor.Reading;

/// <summary>What the reader found in its inputs.</summary>
/// <param name="Articles">The articles, in file then position order, with unique ids.</param>
/// <param name="Warnings">Skipped articles and other things the user should know.</param>
/// <param name="Files">The files read, in order.</param>
/// <param name="Bytes">The total size of the files read.</param>
public sealed record ReadResult(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<ReadWarning> Warnings,
    IReadOnlyList<string> Files,
    long Bytes);
