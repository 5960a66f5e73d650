namespace Digest.Extractor.Reading;

/// <summary>A line of a file with its 1-based number.</summary>
/// <param name="Number">The line number.</param>
/// <param name="Text">The text, trimmed.</param>
internal readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;
}
