using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Finds a template's matches in a marked sentence, the same as <c>Pattern.Match</c> then
/// <c>NextMatch</c> would, but tries the pattern only where a match can start
/// (<see cref="RelationTemplate.Starts"/>): a scan tries every position in order and takes the
/// first that matches, and skipping positions where nothing can match does not change which that is.
/// </summary>
internal static class TemplateMatches
{
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(RelationTemplateTable.ClauseBreaks);

    /// <summary>Adds the template's matches in the text to <paramref name="matches"/>, in order.</summary>
    /// <param name="template">The template.</param>
    /// <param name="text">The marked sentence.</param>
    /// <param name="cues">The cue occurrences in the text, in order (see <see cref="TemplateCueIndex.Mark(ReadOnlySpan{char}, Span{bool}, List{ValueTuple{int, int}})"/>).</param>
    /// <param name="firstSlot">The slot of the template's first cue.</param>
    /// <param name="matches">Receives the matches.</param>
    public static void Find(RelationTemplate template, string text, ReadOnlySpan<(int Slot, int At)> cues, int firstSlot, List<Match> matches)
    {
        var starts = template.Starts;
        if (starts.Anchored is not { } anchored)
        {
            for (var match = template.Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                matches.Add(match);
            }

            return;
        }

        var next = 0;
        if (starts.AtClauseStart)
        {
            TryAt(anchored, text, 0, ref next, matches);
            for (var at = text.AsSpan().IndexOfAny(ClauseBreaks); at >= 0;)
            {
                TryAt(anchored, text, at + 1, ref next, matches);
                var more = text.AsSpan(at + 1).IndexOfAny(ClauseBreaks);
                at = more < 0 ? -1 : at + 1 + more;
            }
        }
        else if (starts.CueReach is { } reach)
        {
            var untried = 0;
            foreach (var (slot, cue) in cues)
            {
                if (slot != firstSlot)
                {
                    continue;
                }

                for (var start = Math.Max(untried, cue - reach); start <= cue; start++)
                {
                    if (starts.Leading?.Contains(text[start]) != false)
                    {
                        TryAt(anchored, text, start, ref next, matches);
                    }
                }

                untried = Math.Max(untried, cue + 1);
            }
        }
    }

    /// <summary>Tries the anchored pattern at a start no earlier than where the previous match ended.</summary>
    private static void TryAt(Regex anchored, string text, int start, ref int next, List<Match> matches)
    {
        if (start < next)
        {
            return;
        }

        var match = anchored.Match(text, start);
        if (match.Success)
        {
            matches.Add(match);

            // As NextMatch: after an empty match the next one starts a character later.
            next = match.Index + Math.Max(match.Length, 1);
        }
    }
}
