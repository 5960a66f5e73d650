using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Which entity types each relation may link (SCHEMA.md), read from
/// <c>relation-signatures.tsv</c>: <c>RELATION &lt;TAB&gt; source types &lt;TAB&gt; target types</c>.
/// </summary>
public sealed class RelationSignatures
{
    private readonly Dictionary<RelationType, (HashSet<EntityType> Sources, HashSet<EntityType> Targets)> _byType;

    private RelationSignatures(Dictionary<RelationType, (HashSet<EntityType>, HashSet<EntityType>)> byType) => _byType = byType;

    /// <summary>The shipped file's name.</summary>
    public const string FileName = "relation-signatures.tsv";

    /// <summary>The signatures SCHEMA.md gives, as shipped: the extractor proposes relations by them and the graph keeps only those that fit them.</summary>
    public static RelationSignatures Schema { get; } = Parse(FileName, new StringReader(EmbeddedData.ReadAll(FileName)));

    /// <summary>Whether the relation may join an entity of the one type to an entity of the other.</summary>
    /// <param name="relation">The relation.</param>
    /// <param name="source">The source's type.</param>
    /// <param name="target">The target's type.</param>
    public bool Fits(RelationType relation, EntityType source, EntityType target) =>
        _byType.TryGetValue(relation, out var s) && s.Sources.Contains(source) && s.Targets.Contains(target);

    /// <summary>Whether an entity of this type may be the relation's source.</summary>
    /// <param name="relation">The relation.</param>
    /// <param name="type">The entity type.</param>
    public bool AllowsSource(RelationType relation, EntityType type) =>
        _byType.TryGetValue(relation, out var s) && s.Sources.Contains(type);

    /// <summary>Whether an entity of this type may be the relation's target.</summary>
    /// <param name="relation">The relation.</param>
    /// <param name="type">The entity type.</param>
    public bool AllowsTarget(RelationType relation, EntityType type) =>
        _byType.TryGetValue(relation, out var s) && s.Targets.Contains(type);

    /// <summary>Parses signature TSV.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <exception cref="DigestInputException">A malformed line.</exception>
    public static RelationSignatures Parse(string source, TextReader reader)
    {
        var byType = new Dictionary<RelationType, (HashSet<EntityType>, HashSet<EntityType>)>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields.Length != 3 || !SchemaNames.TryParseRelation(fields[0], out var relation)
                || Types(fields[1]) is not { } sources || Types(fields[2]) is not { } targets)
            {
                throw new DigestInputException(source, number, "expected: RELATION<TAB>Type|Type<TAB>Type|Type");
            }

            byType[relation] = (sources, targets);
        }

        return new RelationSignatures(byType);
    }

    private static HashSet<EntityType>? Types(string field)
    {
        var types = new HashSet<EntityType>();
        foreach (var name in field.Split('|'))
        {
            if (!SchemaNames.TryParseEntityType(name, out var type))
            {
                return null;
            }

            types.Add(type);
        }

        return types;
    }
}
