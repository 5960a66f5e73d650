namespace Digest.Extractor.Knowledge;

/// <summary>
/// The most characters a piece of template text can match, read from the template as written:
/// placeholders, the gap <c>…</c>, literals, classes, and groups of these with <c>?</c> or
/// <c>{n,m}</c>. Anything it does not fully understand (<c>*</c>, <c>+</c>, lists, backreferences,
/// inline options…) gives no bound, so a template using it is simply scanned in full.
/// </summary>
internal static class TemplateReach
{
    /// <summary>How many characters the gap <c>…</c> spans at most.</summary>
    public const int GapLength = 6;

    /// <summary>The longest text <paramref name="text"/> can match, or null if it is unbounded or not understood.</summary>
    /// <param name="text">Template text (a prefix of a template, cut at the top level).</param>
    /// <param name="longestA">The longest text <c>{A}</c> matches.</param>
    /// <param name="longestB">The longest text <c>{B}</c> matches.</param>
    public static int? Longest(string text, int longestA, int longestB)
    {
        var at = 0;
        var length = Sequence(text, ref at, longestA, longestB);
        return at == text.Length ? length : null;
    }

    /// <summary>Reads alternatives up to a closing bracket or the end and returns the longest, or null.</summary>
    private static int? Alternatives(string text, ref int at, int longestA, int longestB)
    {
        var longest = Sequence(text, ref at, longestA, longestB);
        while (longest is not null && at < text.Length && text[at] == '|')
        {
            at++;
            longest = Sequence(text, ref at, longestA, longestB) is { } next ? Math.Max(longest.Value, next) : null;
        }

        return longest;
    }

    /// <summary>Reads items up to <c>|</c>, <c>)</c> or the end and returns their summed longest length, or null.</summary>
    private static int? Sequence(string text, ref int at, int longestA, int longestB)
    {
        var total = 0;
        while (at < text.Length && text[at] is not ('|' or ')'))
        {
            if (Item(text, ref at, longestA, longestB) is not { } item || Repeat(text, ref at, item) is not { } repeated)
            {
                return null;
            }

            total += repeated;
        }

        return total;
    }

    /// <summary>Reads one item (before any quantifier) and returns the longest text it matches, or null.</summary>
    private static int? Item(string text, ref int at, int longestA, int longestB)
    {
        foreach (var (placeholder, longest) in new[] { ("{A}", longestA), ("{B}", longestB) })
        {
            if (string.CompareOrdinal(text, at, placeholder, 0, placeholder.Length) == 0)
            {
                at += placeholder.Length;
                return longest;
            }
        }

        var c = text[at++];
        return c switch
        {
            '…' => GapLength,
            '(' => Group(text, ref at, longestA, longestB),
            '[' => Class(text, ref at),
            '\\' => Escape(text, ref at),
            '^' or '$' => 0,
            '{' or '}' or '*' or '+' or '?' or '|' or ')' => null,
            _ => 1,
        };
    }

    /// <summary>Reads a group after its <c>(</c>; lookarounds match nothing, other constructs than <c>(?:</c> are not understood.</summary>
    private static int? Group(string text, ref int at, int longestA, int longestB)
    {
        var zeroWidth = false;
        if (at < text.Length && text[at] == '?')
        {
            var kind = text.AsSpan(at + 1);
            zeroWidth = kind.StartsWith("=") || kind.StartsWith("!") || kind.StartsWith("<=") || kind.StartsWith("<!");
            if (!zeroWidth && !kind.StartsWith(":"))
            {
                return null;
            }

            at += kind.StartsWith(":") || kind.StartsWith("=") || kind.StartsWith("!") ? 2 : 3;
        }

        var longest = Alternatives(text, ref at, longestA, longestB);
        if (longest is null || at >= text.Length || text[at] != ')')
        {
            return null;
        }

        at++;
        return zeroWidth ? 0 : longest;
    }

    /// <summary>Reads a character class after its <c>[</c>: one character, unless it holds what the compiler rewrites or nests.</summary>
    private static int? Class(string text, ref int at)
    {
        for (var first = true; at < text.Length; first = false)
        {
            var c = text[at++];
            if (c == '\\')
            {
                at++;
            }
            else if (c is '[' or '{' or '…')
            {
                return null;
            }
            else if (c == ']' && !first)
            {
                return 1;
            }
        }

        return null;
    }

    /// <summary>Reads an escape after its backslash: a one-character escape or class, or a zero-width assertion.</summary>
    private static int? Escape(string text, ref int at)
    {
        if (at >= text.Length)
        {
            return null;
        }

        var c = text[at++];
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return 0;
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S' or 't' or 'n' or 'r' or 'f' or 'v' or 'e' or 'a':
                return 1;
            case 'u':
                at += 4;
                return at <= text.Length ? 1 : null;
            case 'x':
                at += 2;
                return at <= text.Length ? 1 : null;
            case 'p' or 'P':
                var close = at < text.Length && text[at] == '{' ? text.IndexOf('}', at) : -1;
                at = close + 1;
                return close < 0 ? null : 1;
            default:
                // An escaped punctuation character stands for itself; other letters and digits are
                // backreferences and the like, and the compiler rewrites { and … even when escaped.
                return char.IsAsciiLetterOrDigit(c) || c is '{' or '…' ? null : 1;
        }
    }

    /// <summary>Applies a quantifier after an item, if any: <c>?</c> keeps the longest, <c>{n}</c>/<c>{n,m}</c> multiply it, others give no bound.</summary>
    private static int? Repeat(string text, ref int at, int longest)
    {
        if (at >= text.Length)
        {
            return longest;
        }

        int? repeated;
        switch (text[at])
        {
            case '?':
                at++;
                repeated = longest;
                break;
            case '*' or '+':
                return null;
            case '{' when IsCount(text, at):
                if (Bounds(text, ref at) is not { } most)
                {
                    return null;
                }

                repeated = longest * most;
                break;
            default:
                return longest;
        }

        // A lazy quantifier matches the same texts.
        if (at < text.Length && text[at] == '?')
        {
            at++;
        }

        return at < text.Length && (text[at] is '?' or '*' or '+' || IsCount(text, at)) ? null : repeated;
    }

    /// <summary>Whether a <c>{</c> here opens a count (<c>{2}</c>) rather than a placeholder (<c>{A}</c>).</summary>
    private static bool IsCount(string text, int at) =>
        text[at] == '{' && at + 1 < text.Length && (char.IsAsciiDigit(text[at + 1]) || text[at + 1] == ',');

    /// <summary>Reads <c>{n}</c> or <c>{n,m}</c> and returns the upper bound, or null.</summary>
    private static int? Bounds(string text, ref int at)
    {
        var close = text.IndexOf('}', at);
        if (close < 0)
        {
            return null;
        }

        var parts = text[(at + 1)..close].Split(',');
        if (parts.Length is 1 or 2 && parts.All(p => p.Length is > 0 and < 4 && p.All(char.IsAsciiDigit)))
        {
            at = close + 1;
            return int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }
}
