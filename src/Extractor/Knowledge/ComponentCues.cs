using System.Text.RegularExpressions;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// What introduces a list of a method's parts (<c>包含三个核心模块：</c>), read from <c>component-lists.txt</c>: one
/// regular expression per line, matching up to where the list starts.
/// </summary>
public sealed class ComponentCues
{
    private readonly Regex[] _cues;

    private ComponentCues(Regex[] cues) => _cues = cues;

    /// <summary>The cues, in file order.</summary>
    public IReadOnlyList<Regex> Cues => _cues;

    /// <summary>Parses the cue file.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed pattern.</exception>
    public static ComponentCues Parse(string source, TextReader reader)
    {
        var cues = new List<Regex>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            try
            {
                cues.Add(new Regex(line, RegexOptions.CultureInvariant));
            }
            catch (ArgumentException e)
            {
                throw new DigestInputException(source, number, "bad pattern: " + e.Message);
            }
        }

        return new ComponentCues([.. cues]);
    }
}
