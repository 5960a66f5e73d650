namespace Digest.Extractor.Reading;

/// <summary>A line of a file with its 1-based number: a slice of the file's text, not a string of its own.</summary>
/// <param name="Number">The line number.</param>
/// <param name="Text">The text, trimmed.</param>
internal readonly record struct SourceLine(int Number, ReadOnlyMemory<char> Text)
{
    public bool IsBlank => Text.IsEmpty;
}
