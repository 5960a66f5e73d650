using System.Text.RegularExpressions;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// What introduces a list, read from a cue file: one regular expression per line, matching up to where the list starts. A
/// method's parts (<c>包含三个核心模块：</c>, <c>component-lists.txt</c>) and the baselines it is compared with
/// (<c>对比的基线包括</c>, <c>baseline-lists.txt</c>) and the benchmarks it is evaluated on (<c>评测基准包括</c>, <c>benchmark-lists.txt</c>)
/// are read so.
/// </summary>
public sealed class ListCues
{
    private readonly Regex[] _cues;

    /// <summary>For each cue, the pieces every match of it holds, each as its literal alternatives (<see cref="TemplateCue"/>).</summary>
    private readonly IReadOnlyList<IReadOnlyList<string>>[] _required;

    private ListCues(Regex[] cues, IReadOnlyList<IReadOnlyList<string>>[] required) => (_cues, _required) = (cues, required);

    /// <summary>The cues, in file order.</summary>
    public IReadOnlyList<Regex> Cues => _cues;

    /// <summary>
    /// Whether a cue may match somewhere in the text: one whose required words the text lacks cannot, and looking for
    /// those words is much cheaper than running the cue over a body that rarely holds them.
    /// </summary>
    /// <param name="index">The cue's position in <see cref="Cues"/>.</param>
    /// <param name="text">The text the cue would be matched against.</param>
    public bool MayMatchIn(int index, string text)
    {
        foreach (var piece in _required[index])
        {
            var found = false;
            foreach (var word in piece)
            {
                if (text.Contains(word, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The matches of every cue in the text, cue by cue in file order, each cue's in text order; cues that cannot match (<see cref="MayMatchIn"/>) are not run.</summary>
    /// <param name="text">The text.</param>
    public IEnumerable<Match> MatchesIn(string text)
    {
        for (var i = 0; i < _cues.Length; i++)
        {
            if (!MayMatchIn(i, text))
            {
                continue;
            }

            for (var match = _cues[i].Match(text); match.Success; match = match.NextMatch())
            {
                yield return match;
            }
        }
    }

    /// <summary>
    /// Parses the cue file. A line <c>@name&lt;TAB&gt;pattern</c> names a piece that later cues write as <c>{@name}</c>, so that
    /// words many cues share are listed once.
    /// </summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed pattern, or a piece used before it is named.</exception>
    public static ListCues Parse(string source, TextReader reader)
    {
        var cues = new List<Regex>();
        var required = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var pieces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, text) in DataLines.Read(reader))
        {
            var line = pieces.Aggregate(text, (expanded, piece) => expanded.Replace(piece.Key, piece.Value, StringComparison.Ordinal));
            if (text.StartsWith('@') && text.IndexOf('\t') is var tab and > 1)
            {
                // A piece may use the pieces named before it.
                pieces["{" + text[..tab] + "}"] = line[(tab + 1)..];
                continue;
            }

            if (line.Contains("{@", StringComparison.Ordinal))
            {
                throw new DigestInputException(source, number, "a piece {@…} that no line before names");
            }

            try
            {
                cues.Add(new Regex(line, RegexOptions.CultureInvariant));
                required.Add(TemplateCue.Required(line));
            }
            catch (ArgumentException e)
            {
                throw new DigestInputException(source, number, "bad pattern: " + e.Message);
            }
        }

        return new ListCues([.. cues], [.. required]);
    }
}
