using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// The words around the people a text credits with a work, read from <c>credit-words.tsv</c>: the verbs they make it with
/// (提出, 发明), the leads between a work and them (由, 来自), what opens a clause naming the paper (论文为), and what opens a
/// clause naming the paper's writers (作者为), and the words for a paper named before (该论文). Each list is longest first.
/// </summary>
public sealed class CreditWords
{
    private CreditWords(IReadOnlyList<string> verbs, IReadOnlyList<string> leads, IReadOnlyList<string> papers, IReadOnlyList<string> bylines, IReadOnlyList<string> anaphors)
    {
        Anaphors = anaphors;
        Verbs = verbs;
        Leads = leads;
        Papers = papers;
        Bylines = bylines;
    }

    /// <summary>The verbs whose subject the people are and whose object is the work.</summary>
    public IReadOnlyList<string> Verbs { get; }

    /// <summary>What stands between a work and the people credited with it (由, 来自, 是).</summary>
    public IReadOnlyList<string> Leads { get; }

    /// <summary>What opens a clause that names the paper of the credit before it (论文为《…》).</summary>
    public IReadOnlyList<string> Papers { get; }

    /// <summary>What opens a clause that names the writers of the paper before it (作者).</summary>
    public IReadOnlyList<string> Bylines { get; }

    /// <summary>Words for the paper named last before them (该论文).</summary>
    public IReadOnlyList<string> Anaphors { get; }

    /// <summary>Parses the word file.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A line that is not kind, tab, word.</exception>
    public static CreditWords Parse(string source, TextReader reader)
    {
        var verbs = new List<string>();
        var leads = new List<string>();
        var papers = new List<string>();
        var bylines = new List<string>();
        var anaphors = new List<string>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            var list = fields.Length == 2 && fields[1].Length > 0
                ? fields[0] switch { "verb" => verbs, "lead" => leads, "paper" => papers, "byline" => bylines, "anaphor" => anaphors, _ => null }
                : null;
            if (list is null)
            {
                throw new DigestInputException(source, number, "expected: verb|lead|paper|byline|anaphor<TAB>word");
            }

            list.Add(fields[1]);
        }

        return new CreditWords(Longest(verbs), Longest(leads), Longest(papers), Longest(bylines), Longest(anaphors));
    }

    private static List<string> Longest(List<string> words) => [.. words.OrderByDescending(w => w.Length)];
}
