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

    private ListCues(Regex[] cues) => _cues = cues;

    /// <summary>The cues, in file order.</summary>
    public IReadOnlyList<Regex> Cues => _cues;

    /// <summary>Parses the cue file.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed pattern.</exception>
    public static ListCues Parse(string source, TextReader reader)
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

        return new ListCues([.. cues]);
    }
}
