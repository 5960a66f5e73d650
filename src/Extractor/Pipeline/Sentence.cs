namespace Digest.Extractor.Pipeline;

/// <summary>A sentence of an article body.</summary>
/// <param name="Index">0-based position in the article.</param>
/// <param name="Start">Offset of its first character in the body.</param>
/// <param name="Text">The sentence text (trimmed).</param>
public sealed record Sentence(int Index, int Start, string Text)
{
    /// <summary>Offset one past its last character in the body.</summary>
    public int End => Start + Text.Length;
}
