using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Name shapes that say what a name is (<c>-Bench</c> → Dataset, <c>-V2</c> → Model), read from
/// <c>type-shapes.tsv</c>: <c>regex &lt;TAB&gt; type</c>, tried in order.
/// </summary>
public sealed class TypeShapes
{
    private readonly (Regex Shape, EntityType Type)[] _shapes;

    private TypeShapes((Regex, EntityType)[] shapes) => _shapes = shapes;

    /// <summary>The type of the first shape the name has, if any.</summary>
    /// <param name="name">A canonical name.</param>
    public EntityType? Of(string name)
    {
        foreach (var (shape, type) in _shapes)
        {
            if (shape.IsMatch(name))
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
        var shapes = new List<(Regex, EntityType)>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || !SchemaNames.TryParseEntityType(fields[1], out var type))
            {
                throw new DigestInputException(source, number, "expected: regex<TAB>entity type");
            }

            try
            {
                shapes.Add((new Regex(fields[0], RegexOptions.CultureInvariant), type));
            }
            catch (ArgumentException e)
            {
                throw new DigestInputException(source, number, "bad pattern: " + e.Message);
            }
        }

        return new TypeShapes(shapes.ToArray());
    }
}
