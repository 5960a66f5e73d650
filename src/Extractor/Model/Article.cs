namespace Digest.Extractor.Model;

/// <summary>One article of a digest.</summary>
/// <param name="Id">Stable id, <c>article:&lt;slug of title&gt;</c>.</param>
/// <param name="Title">The title (the doubled title line, halved).</param>
/// <param name="Category">The file's <c>Category:</c> line, if any.</param>
/// <param name="Source">The file name the article came from.</param>
/// <param name="Line">The 1-based line of the title in the source file.</param>
/// <param name="Body">The body text, without a trailing <c>[...]</c>.</param>
/// <param name="IsTruncated">Whether the body ended in <c>[...]</c> (the export cut it).</param>
public sealed record Article(string Id, string Title, string? Category, string Source, int Line, string Body, bool IsTruncated);
