using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Reads the text's own definitions of names: <c>神经切线核(NTK)</c>,
/// <c>药物不良事件(Adverse Drug Events, ADEs)</c>, <c>Position Interpolation (PI)</c>: the term
/// before the bracket and every name inside become mentions linked as aliases.
/// </summary>
public sealed partial class BracketAliasFinder(Stoplist stoplist) : IExtractionStage
{
    /// <summary>The finder's name on its mentions and links.</summary>
    public const string Name = "bracket-alias";

    /// <summary>Characters that end a Chinese term when read leftwards from the bracket.</summary>
    private const string ChineseBoundaries = "的了是在和与及或为将对从把被由等个种这些其该即称作用于如";

    private const int MaxChineseTermLength = 10;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (Match match in Definition().Matches(context.Body))
        {
            if (context.SentenceAt(match.Index) is not { } sentence)
            {
                continue;
            }

            var inner = match.Groups["inner"];
            var names = inner.Value.Split([',', '，', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(n => LatinName().IsMatch(n) && !stoplist.Contains(n))
                .ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var term = LeftTerm(match.Groups["left"]);
            if (term is null || stoplist.Contains(term.Value.Value))
            {
                continue;
            }

            context.Mentions.Add(new Mention(term.Value.Value, term.Value.Start, sentence.Index, Name));
            var offset = inner.Index;
            foreach (var name in names)
            {
                var at = context.Body.IndexOf(name, offset, StringComparison.Ordinal);
                context.Mentions.Add(new Mention(name, at, sentence.Index, Name));
                context.AliasLinks.Add(new AliasLink(term.Value.Value, name, Name));
                offset = at + name.Length;
            }
        }
    }

    private static (string Value, int Start)? LeftTerm(Group left)
    {
        var text = left.Value;
        if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]))
        {
            return (text.Trim(), left.Index + (text.Length - text.TrimStart().Length));
        }

        var start = text.Length;
        while (start > 0 && text.Length - start < MaxChineseTermLength && !ChineseBoundaries.Contains(text[start - 1]))
        {
            start--;
        }

        var term = text[start..];
        return term.Length >= 2 ? (term, left.Index + start) : null;
    }

    [GeneratedRegex(@"(?<left>(?:\p{IsCJKUnifiedIdeographs}{2,}|\p{Lu}[\p{L}\p{N}\-]*(?: [\p{L}\p{N}\-]+){0,5}))\s?[(（](?<inner>[^()（）]{1,80})[)）]")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-\. ]*$")]
    private static partial Regex LatinName();
}
