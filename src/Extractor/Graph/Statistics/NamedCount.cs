namespace Digest.Extractor.Graph.Statistics;

/// <summary>A count under a label, e.g. <c>Method 49</c>.</summary>
/// <param name="Name">The label.</param>
/// <param name="Count">The count.</param>
public sealed record NamedCount(string Name, int Count);
