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

    /// <summary>Reads the group at <paramref name="open"/>, adds it if it is a required set of literals, and returns where it ends.</summary>
    private static int Group(string template, int open, List<(int, string[])> candidates)
    {
        var depth = 0;
        var i = open;
        for (; i < template.Length; i++)
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
                break;
            }
        }

        var content = template[(open + 1)..Math.Min(i, template.Length)];
        var end = i + 1;
        // {0,3} may make the group optional; {A} or {B} after it does not.
        var optional = end < template.Length && (template[end] is '?' or '*' || (template[end] == '{' && IsQuantifier(template, end)));
        var alternatives = content.Split('|').Select(LiteralPrefix).ToArray();
        if (!optional && !content.Contains('(', StringComparison.Ordinal) && alternatives.All(a => a.Length > 0))
        {
            candidates.Add((open, alternatives));
        }

        return end;
    }

    /// <summary>The literal start every match of an alternative begins with (<c>适合于?</c> → <c>适合</c>).</summary>
    private static string LiteralPrefix(string alternative)
    {
        var end = alternative.IndexOfAny(MetaCharacters.ToCharArray());
        if (end < 0)
        {
            return alternative;
        }

        return alternative[end] is '?' or '*' or '{' ? alternative[..Math.Max(0, end - 1)] : alternative[..end];
    }

    private static int Skip(string template, int start, char close)
    {
        var end = template.IndexOf(close, start + 1);
        return end < 0 ? template.Length : end + 1;
    }
}
