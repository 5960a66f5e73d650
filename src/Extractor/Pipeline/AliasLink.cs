namespace Digest.Extractor.Pipeline;

/// <summary>Two surface forms the text itself says name one thing (e.g. <c>神经切线核(NTK)</c>).</summary>
/// <param name="First">One surface form.</param>
/// <param name="Second">The other.</param>
/// <param name="Finder">The stage that read the link.</param>
public sealed record AliasLink(string First, string Second, string Finder);
