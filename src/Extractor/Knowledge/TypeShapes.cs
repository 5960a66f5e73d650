using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Name shapes that say what a name is (<c>-Bench</c> → Dataset, <c>-V2</c> → Model), read from
/// <c>type-shapes.tsv</c>: <c>regex &lt;TAB&gt; type</c>, tried in order, with an optional third field <c>firm</c> for a
/// shape that outweighs what the text around the name says (<c>DeXposure-Bench六轴评估框架</c> is still a benchmark).
/// </summary>
public sealed class TypeShapes
{
    private readonly (Regex Shape, EntityType Type, bool Firm)[] _shapes;

    private TypeShapes((Regex, EntityType, bool)[] shapes) => _shapes = shapes;

    /// <summary>The type of the first shape the name has, if any.</summary>
    /// <param name="name">A canonical name.</param>
    public EntityType? Of(string name)
    {
        foreach (var (shape, type, _) in _shapes)
        {
            if (shape.IsMatch(name))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The type of the first firm shape the name has, if any: it decides before the text around the name.</summary>
    /// <param name="name">A canonical name.</param>
    public EntityType? FirmOf(string name)
    {
        foreach (var (shape, type, firm) in _shapes)
        {
            if (firm && shape.IsMatch(name))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Parses shape TSV.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed line or pattern.</exception>
    public static TypeShapes Parse(string source, TextReader reader)
    {
        var shapes = new List<(Regex, EntityType, bool)>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields.Length is not (2 or 3) || !SchemaNames.TryParseEntityType(fields[1], out var type) || (fields.Length == 3 && fields[2] != "firm"))
            {
                throw new DigestInputException(source, number, "expected: regex<TAB>entity type[<TAB>firm]");
            }

            try
            {
                shapes.Add((new Regex(fields[0], RegexOptions.CultureInvariant), type, fields.Length == 3));
            }
            catch (ArgumentException e)
            {
                throw new DigestInputException(source, number, "bad pattern: " + e.Message);
            }
        }

        return new TypeShapes(shapes.ToArray());
    }
}
