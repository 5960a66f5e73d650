namespace Digest.Extractor.Knowledge;

/// <summary>
/// Finds the pieces of a relation template that every match must contain: literal runs
/// (<c>出自</c>) and groups of literal alternatives (<c>(优于|超过)</c>) outside any optional part.
/// Looking for them first is a cheap way to skip the full template on the many sentences that cannot match.
/// </summary>
internal static class TemplateCue
{
    private const string MetaCharacters = "\\[](){}?*+.^$|…";

    /// <summary>The required pieces, each as its literal alternatives (every match holds one alternative of each piece); none if the template has none.</summary>
    /// <param name="template">A template as written in the data file.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Required(string template) =>
        Pieces(template).Select(p => (IReadOnlyList<string>)p.Alternatives).ToList();

    /// <summary>
    /// Where in the template text the first required piece starts (a match holds that piece right
    /// after what the text before it matched), or -1 if the template has no required piece.
    /// </summary>
    /// <param name="template">A template as written in the data file.</param>
    public static int FirstOffset(string template) => Pieces(template) is [var first, ..] ? first.Offset : -1;

    /// <summary>The required pieces in template order, each with where it starts in the template text.</summary>
    private static List<(int Offset, string[] Alternatives)> Pieces(string template)
    {
        var candidates = new List<(int, string[])>();
        var run = new System.Text.StringBuilder();
        var runStart = 0;
        for (var i = 0; i < template.Length;)
        {
            var c = template[i];
            if (IsQuantifier(template, i))
            {
                // The quantifier makes the character before it optional.
                if (run.Length > 0 && i > 0 && !MetaCharacters.Contains(template[i - 1]))
                {
                    run.Length--;
                }

                Flush(run, runStart, candidates);
                i = c == '{' ? Skip(template, i, '}') : i + 1;
            }
            else if (!MetaCharacters.Contains(c))
            {
                runStart = run.Length == 0 ? i : runStart;
                run.Append(c);
                i++;
            }
            else
            {
                Flush(run, runStart, candidates);
                if (c == '|')
                {
                    // A top-level alternative: no piece is required by every match.
                    return [];
                }

                i = c switch
                {
                    '(' => Group(template, i, candidates),
                    '[' => Skip(template, i, ']'),
                    '{' => Skip(template, i, '}'),
                    '\\' => i + 2,
                    _ => i + 1,
                };
            }
        }

        Flush(run, runStart, candidates);
        return candidates;
    }

    private static bool IsQuantifier(string template, int i) =>
        template[i] is '?' or '*' or '+' || (template[i] == '{' && i + 1 < template.Length && char.IsAsciiDigit(template[i + 1]));

    private static void Flush(System.Text.StringBuilder run, int runStart, List<(int, string[])> candidates)
    {
        if (run.Length > 0)
        {
            candidates.Add((runStart, [run.ToString()]));
            run.Clear();
        }
    }

    /// <summary>
    /// Reads the group at <paramref name="open"/>, adds it if every match of it holds one of a set of literals, and returns
    /// where it ends. Each alternative gives the literals of its first required piece (<c>((看作|视为)(是|为)?|是|为)</c> →
    /// 看作, 视为, 是, 为; <c>([^的]{0,6}?(版本|变体)|改进版本?)</c> → 版本, 变体, 改进版). When some alternative's piece is not
    /// at its start, where a match begins is not known from where the literal is, so such a group is added only after an
    /// earlier piece, which stays the first.
    /// </summary>
    private static int Group(string template, int open, List<(int, string[])> candidates)
    {
        var end = Close(template, open) + 1;
        var content = template[(open + 1)..Math.Min(end - 1, template.Length)];

        // {0,3} may make the group optional; {A} or {B} after it does not.
        var optional = end < template.Length && (template[end] is '?' or '*' || (template[end] == '{' && IsQuantifier(template, end)));
        if (optional || GroupBody(content) is not { } body)
        {
            return end;
        }

        var literals = new List<string>();
        var atStarts = true;
        foreach (var alternative in TopLevelAlternatives(body))
        {
            if (Pieces(alternative) is not [var (offset, words), ..])
            {
                return end;
            }

            literals.AddRange(words);
            atStarts &= offset == 0;
        }

        if (atStarts || candidates.Count > 0)
        {
            candidates.Add((open, literals.Distinct(StringComparer.Ordinal).ToArray()));
        }

        return end;
    }

    /// <summary>Where the group opened at <paramref name="open"/> closes, or the template's length.</summary>
    private static int Close(string template, int open)
    {
        var depth = 0;
        for (var i = open; i < template.Length; i++)
        {
            if (template[i] == '\\')
            {
                i++;
            }
            else if (template[i] == '[')
            {
                i = Skip(template, i, ']') - 1;
            }
            else if (template[i] == '(')
            {
                depth++;
            }
            else if (template[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return template.Length;
    }

    /// <summary>
    /// What a group matches: its content without <c>?:</c> or a name (<c>?&lt;B&gt;</c>); null for a lookaround or an
    /// inline option, which matches no text.
    /// </summary>
    private static string? GroupBody(string content)
    {
        if (!content.StartsWith('?'))
        {
            return content;
        }

        if (content.StartsWith("?:", StringComparison.Ordinal))
        {
            return content[2..];
        }

        var named = content.StartsWith("?<", StringComparison.Ordinal) && content.Length > 2 && char.IsAsciiLetter(content[2]);
        return named && content.IndexOf('>', StringComparison.Ordinal) is > 0 and var close ? content[(close + 1)..] : null;
    }

    /// <summary>The alternatives of a group's body, split at the <c>|</c> outside nested groups and classes.</summary>
    private static List<string> TopLevelAlternatives(string body)
    {
        var alternatives = new List<string>();
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = Skip(body, i, ']') - 1;
                    break;
                case '(':
                    i = Close(body, i);
                    break;
                case '|':
                    alternatives.Add(body[start..i]);
                    start = i + 1;
                    break;
            }
        }

        alternatives.Add(body[start..]);
        return alternatives;
    }

    private static int Skip(string template, int start, char close)
    {
        var end = template.IndexOf(close, start + 1);
        return end < 0 ? template.Length : end + 1;
    }
}
