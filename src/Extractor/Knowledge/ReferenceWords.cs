using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Words that stand for an entity without naming it, read from <c>references.tsv</c>:
/// self-references (本文, 我们) and anaphors (该方法, 其).
/// </summary>
public sealed class ReferenceWords
{
    private ReferenceWords(IReadOnlyList<string> self, IReadOnlyList<string> anaphors)
    {
        Self = self;
        Anaphors = anaphors;
    }

    /// <summary>Words for the article's own paper or main method, longest first.</summary>
    public IReadOnlyList<string> Self { get; }

    /// <summary>Words for an entity named before, longest first.</summary>
    public IReadOnlyList<string> Anaphors { get; }

    /// <summary>Whether a word is a self-reference.</summary>
    /// <param name="word">The word.</param>
    public bool IsSelf(string word) => Self.Contains(word, StringComparer.Ordinal);

    /// <summary>Parses reference TSV.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed line.</exception>
    public static ReferenceWords Parse(string source, TextReader reader)
    {
        var self = new List<string>();
        var anaphors = new List<string>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            var list = fields.Length == 2 && fields[1].Length > 0
                ? fields[0] switch { "self" => self, "anaphor" => anaphors, _ => null }
                : null;
            if (list is null)
            {
                throw new DigestInputException(source, number, "expected: self|anaphor<TAB>word");
            }

            list.Add(fields[1]);
        }

        return new ReferenceWords(
            self.OrderByDescending(w => w.Length).ToList(),
            anaphors.OrderByDescending(w => w.Length).ToList());
    }
}
