namespace Digest.GraphLoader.Queries;

/// <summary>A parameter a saved query declares in its header (<c>// param: name (type[, default value]) description</c>).</summary>
/// <param name="Name">The name, used as <c>$name</c>.</param>
/// <param name="Type"><c>string</c>, <c>int</c> or <c>float</c>.</param>
/// <param name="Default">The default value as text, or null when the parameter is required.</param>
/// <param name="Description">What it is.</param>
public sealed record SavedQueryParameter(string Name, string Type, string? Default, string Description);
