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

    /// <summary>What the pattern's <c>^[\s\d()（）.、\-•*]*</c> takes besides white space and digits: list marks.</summary>
    private static readonly SearchValues<char> ListMarks = SearchValues.Create("()（）.、-•*");

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

        if (starts.AtClauseStart)
        {
            AtClauseStarts(anchored, starts.CueReach, text, cues, firstSlot, matches);
        }
        else if (starts.CueReach is { } reach)
        {
            NearCues(anchored, reach, starts.Leading, text, cues, firstSlot, matches);
        }
    }

    /// <summary>
    /// Tries each clause start, unless the template's first cue does not follow within <paramref name="cueReach"/> of the
    /// clause's opening and the longest lead that can follow it (<see cref="DroppedSubjectLead"/>).
    /// </summary>
    private static void AtClauseStarts(Regex anchored, int? cueReach, string text, ReadOnlySpan<(int Slot, int At)> cues, int firstSlot, List<Match> matches)
    {
        var next = 0;
        var cue = 0;
        for (var start = 0; start >= 0; start = NextClauseStart(text, start))
        {
            if (cueReach is { } most)
            {
                // The pattern opens with the clause's opening and a lead, then at most cueReach characters before the first cue.
                while (cue < cues.Length && (cues[cue].Slot != firstSlot || cues[cue].At < start))
                {
                    cue++;
                }

                if (cue == cues.Length)
                {
                    return;
                }

                var opened = start + Opening(text, start);
                if (cues[cue].At > opened + DroppedSubjectLead.LongestAt(text.AsSpan(opened)) + most)
                {
                    continue;
                }
            }

            TryAt(anchored, text, start, ref next, matches);
        }
    }

    /// <summary>Tries the positions up to <paramref name="reach"/> before each occurrence of the first cue that can start a match.</summary>
    private static void NearCues(
        Regex anchored, int reach, SearchValues<char>? leading, string text, ReadOnlySpan<(int Slot, int At)> cues, int firstSlot, List<Match> matches)
    {
        var next = 0;
        var untried = 0;
        foreach (var (slot, cue) in cues)
        {
            if (slot != firstSlot)
            {
                continue;
            }

            for (var start = Math.Max(untried, cue - reach); start <= cue; start++)
            {
                if (leading?.Contains(text[start]) != false)
                {
                    TryAt(anchored, text, start, ref next, matches);
                }
            }

            untried = Math.Max(untried, cue + 1);
        }
    }

    /// <summary>Where the clause after the one starting at <paramref name="start"/> starts (right after a clause break), or -1.</summary>
    private static int NextClauseStart(string text, int start)
    {
        var at = start < text.Length ? text.AsSpan(start).IndexOfAny(ClauseBreaks) : -1;
        return at < 0 ? -1 : start + at + 1;
    }

    /// <summary>
    /// How many characters open the clause at <paramref name="start"/> before its lead: white space (what <c>\s</c>
    /// matches), and at the sentence's start also a list number (<c>2) 提出…</c>), as the pattern reads them.
    /// </summary>
    private static int Opening(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsWhiteSpace(text[end]) || (start == 0 && (char.IsDigit(text[end]) || ListMarks.Contains(text[end])))))
        {
            end++;
        }

        return end - start;
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
