namespace Digest.Extractor.Reading;

/// <summary>Something skipped while reading that the user should know about.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Message">What was skipped and why.</param>
public sealed record ReadWarning(string Path, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
