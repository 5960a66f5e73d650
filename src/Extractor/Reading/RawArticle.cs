namespace Digest.Extractor.Reading;

/// <summary>An article as split from a file, before it gets its id.</summary>
/// <param name="Title">The title.</param>
/// <param name="Body">The body lines joined by newlines, trimmed.</param>
/// <param name="Line">The 1-based line of the title.</param>
internal sealed record RawArticle(string Title, string Body, int Line);
