using Digest.Extractor.Model;

namespace Digest.Extractor.Pipeline;

/// <summary>A surface form found in a body, by a named finder.</summary>
/// <param name="Surface">The text as written.</param>
/// <param name="Start">Offset in the body.</param>
/// <param name="SentenceIndex">The sentence it stands in.</param>
/// <param name="Finder">Which stage found it (for debugging and precedence).</param>
/// <param name="TypeHint">The type the finder's evidence suggests, if any.</param>
public sealed record Mention(string Surface, int Start, int SentenceIndex, string Finder, EntityType? TypeHint = null)
{
    /// <summary>Offset one past its end in the body.</summary>
    public int End => Start + Surface.Length;
}
