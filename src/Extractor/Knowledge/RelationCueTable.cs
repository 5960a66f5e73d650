using System.Globalization;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Relation cues read from TSV: <c>TYPE &lt;TAB&gt; cue &lt;TAB&gt; forward|backward &lt;TAB&gt; confidence</c>.
/// </summary>
public static class RelationCueTable
{
    /// <summary>Parses cue TSV.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed line.</exception>
    public static IReadOnlyList<RelationCue> Parse(string source, TextReader reader)
    {
        var cues = new List<RelationCue>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4
                || !SchemaNames.TryParseRelation(fields[0], out var type)
                || fields[2] is not ("forward" or "backward")
                || !double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                throw new DigestInputException(source, number, "expected: RELATION_TYPE<TAB>cue<TAB>forward|backward<TAB>confidence");
            }

            cues.Add(new RelationCue(type, fields[1], fields[2] == "forward", confidence));
        }

        return cues;
    }
}
