using System.Buffers;
using System.Text.RegularExpressions;

namespace Digest.Extractor.Text;

/// <summary>
/// Runs a regex only over the stretches of a text that can hold a match: the maximal runs of
/// characters a match may consist of, and only those runs that contain one of the words every
/// match contains (its anchors). A pattern that opens with a lookbehind or a broad class makes
/// the regex engine try nearly every position of a Chinese text; this finds the few candidate
/// windows with vectorised searches instead.
/// </summary>
/// <remarks>
/// Gives exactly the matches of <c>regex.Matches(text)</c> when (1) every character of every
/// match, and every character its lookarounds test for, is a run character; (2) every match
/// contains an anchor; (3) the pattern has no <c>^</c>, <c>$</c>, <c>\A</c>, <c>\z</c>,
/// <c>\G</c> or <c>\b</c>. Then no match crosses a window's edge, the characters just outside a
/// window can satisfy no lookaround, and matches in different windows cannot interact.
/// </remarks>
internal sealed class RegexWindows
{
    private readonly SearchValues<char> _runChars;
    private readonly string[] _anchors;
    private readonly SearchValues<char> _anchorStarts;

    /// <summary>Sets up the windows.</summary>
    /// <param name="runChars">Every character a match (or what its lookarounds test for) may hold.</param>
    /// <param name="anchors">Words, at least one of which every match contains; made of run characters.</param>
    public RegexWindows(SearchValues<char> runChars, IReadOnlyList<string> anchors)
    {
        if (anchors.Any(a => a.Length == 0 || a.AsSpan().ContainsAnyExcept(runChars)))
        {
            throw new ArgumentException("anchors must be non-empty and made of run characters", nameof(anchors));
        }

        _runChars = runChars;
        _anchors = [.. anchors];

        // Looking for the first characters and then comparing beats SearchValues<string> on Chinese anchors.
        _anchorStarts = SearchValues.Create([.. anchors.Select(a => a[0]).Distinct()]);
    }

    /// <summary>The matches of <paramref name="regex"/> in <paramref name="text"/>, in order.</summary>
    /// <param name="regex">A pattern that meets the conditions in the remarks.</param>
    /// <param name="text">The text.</param>
    public IEnumerable<Match> Matches(Regex regex, string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var anchor = NextAnchor(text, from);
            if (anchor < 0)
            {
                yield break;
            }

            // from is 0 or just past a window, on a character that is not a run character.
            var start = text.AsSpan(from, anchor - from).LastIndexOfAnyExcept(_runChars) + 1 + from;
            var after = text.AsSpan(anchor).IndexOfAnyExcept(_runChars);
            var end = after < 0 ? text.Length : anchor + after;
            for (var match = regex.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                yield return match;
            }

            from = end;
        }
    }

    /// <summary>Where the first anchor at or after <paramref name="from"/> starts, or -1.</summary>
    private int NextAnchor(string text, int from)
    {
        while (from < text.Length)
        {
            var next = text.AsSpan(from).IndexOfAny(_anchorStarts);
            if (next < 0)
            {
                return -1;
            }

            from += next;
            foreach (var anchor in _anchors)
            {
                if (text.AsSpan(from).StartsWith(anchor, StringComparison.Ordinal))
                {
                    return from;
                }
            }

            from++;
        }

        return -1;
    }
}
