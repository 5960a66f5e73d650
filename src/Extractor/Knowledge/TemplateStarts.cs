using System.Buffers;
using System.Text.RegularExpressions;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Where a template's matches can start: anywhere, at a clause start (the dropped-subject forms),
/// or at most <see cref="CueReach"/> characters before an occurrence of its first cue. With
/// <see cref="Anchored"/> (the pattern behind <c>\G</c>) the pattern is tried only at those
/// positions, which finds the same matches as a scan, because no match starts anywhere else.
/// </summary>
/// <param name="Anchored">The pattern, matching only at the position it is started at; null to scan.</param>
/// <param name="AtClauseStart">Whether matches start only at the sentence start or right after a clause break.</param>
/// <param name="CueReach">
/// The most characters between a match's start and its first cue (for a clause-start form: between
/// the end of the spaces that open the clause and the first cue), or null.
/// </param>
/// <param name="Leading">The characters a match can start with, if known: other positions need no try.</param>
internal sealed record TemplateStarts(Regex? Anchored, bool AtClauseStart, int? CueReach, SearchValues<char>? Leading)
{
    /// <summary>Matches may start anywhere: scan.</summary>
    public static TemplateStarts Anywhere { get; } = new(null, false, null, null);

    /// <summary>The pattern behind <c>\G</c>, so that it matches only where the search starts.</summary>
    /// <param name="pattern">The template's pattern.</param>
    public static Regex Anchor(Regex pattern) => new(@"\G(?:" + pattern + ")", pattern.Options);
}
