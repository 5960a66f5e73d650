using System.Globalization;
using System.Text;
using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;

namespace Digest.GraphLoader.Export;

/// <summary>
/// Writes the CSV set for <c>neo4j-admin database import full</c>: <c>articles.csv</c> and
/// <c>entities.csv</c> (<c>id:ID</c>, <c>:LABEL</c>, typed properties), <c>mentions.csv</c> and
/// <c>relationships.csv</c> (<c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>, properties), plus
/// <c>import.sh</c> with the command. The properties are exactly the rows <c>digest load</c> sends,
/// so both give the same database. Lists use the array delimiter U+001F, which no name contains.
/// </summary>
public sealed class Neo4jAdminExporter
{
    /// <summary>The array delimiter inside list fields (passed as <c>--array-delimiter=U+001F</c>).</summary>
    public const char ArrayDelimiter = '\u001F';

    /// <summary>The files written, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["articles.csv", "entities.csv", "mentions.csv", "relationships.csv", "import.sh"];

    /// <summary>Writes the set into <paramref name="directory"/>, each file atomically.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="directory">The output folder.</param>
    public void Write(KnowledgeGraphData graph, string directory)
    {
        var rows = CypherBatches.Rows(graph).ToList();
        var types = graph.Entities.ToDictionary(e => e.Id, e => SchemaNames.Label(e.Type), StringComparer.Ordinal);
        WriteCsv(Path.Combine(directory, "articles.csv"), rows.Where(r => r.Key.Kind == SchemaNames.ArticleLabel), r => [SchemaNames.ArticleLabel], withName: true);
        WriteCsv(Path.Combine(directory, "entities.csv"), rows.Where(r => r.Key.Kind == SchemaNames.EntityLabel), r => [SchemaNames.EntityLabel, types[r.Key.Id]], withName: false);
        WriteCsv(Path.Combine(directory, "mentions.csv"), rows.Where(r => r.Key.Kind == SchemaNames.Name(RelationType.Mentions)), null, withName: false);
        WriteCsv(Path.Combine(directory, "relationships.csv"), rows.Where(r => !r.Key.IsNode && r.Key.Kind != SchemaNames.Name(RelationType.Mentions)), null, withName: false);
        AtomicFile.Write(Path.Combine(directory, "import.sh"), stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            writer.WriteLine("#!/bin/sh");
            writer.WriteLine("# Offline import into an empty, stopped database (Neo4j 5): run where neo4j-admin is, with these files in import/.");
            writer.WriteLine("neo4j-admin database import full --overwrite-destination --array-delimiter=U+001F --multiline-fields=true \\");
            writer.WriteLine("  --nodes=import/articles.csv --nodes=import/entities.csv \\");
            writer.WriteLine("  --relationships=import/mentions.csv --relationships=import/relationships.csv \\");
            writer.WriteLine("  \"${1:-neo4j}\"");
        });
    }

    private static void WriteCsv(string path, IEnumerable<CypherRow> rows, Func<CypherRow, string[]>? labels, bool withName)
    {
        var list = rows.ToList();
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            if (list.Count == 0)
            {
                writer.WriteLine(labels is null ? ":START_ID,:END_ID,:TYPE" : "id:ID,:LABEL");
                return;
            }

            var columns = list[0].Row.Keys.Where(k => labels is not null || (k != "source" && k != "target")).ToList();
            var header = new List<string>();
            if (labels is null)
            {
                header.AddRange([":START_ID", ":END_ID", ":TYPE"]);
            }

            header.AddRange(columns.Select(c => labels is not null && c == "id" ? "id:ID" : c + TypeSuffix(list, c)));
            if (labels is not null)
            {
                header.Add(":LABEL");
            }

            if (withName)
            {
                header.Add("name");
            }

            writer.WriteLine(string.Join(",", header));
            foreach (var row in list)
            {
                var fields = new List<string>();
                if (labels is null)
                {
                    fields.AddRange([Quote(row.Key.Id), Quote(row.Key.Target!), row.Key.Kind]);
                }

                fields.AddRange(columns.Select(c => Field(row.Row[c])));
                if (labels is not null)
                {
                    fields.Add(string.Join(";", labels(row)));
                }

                if (withName)
                {
                    fields.Add(Field(row.Row["title"]));
                }

                writer.WriteLine(string.Join(",", fields));
            }
        });
    }

    private static string TypeSuffix(List<CypherRow> rows, string column) =>
        rows.Select(r => r.Row[column]).FirstOrDefault(v => v is not null) switch
        {
            int or long => ":long",
            double => ":double",
            bool => ":boolean",
            string[] => ":string[]",
            _ => string.Empty,
        };

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        string s => Quote(s),
        string[] { Length: 0 } => string.Empty, // an empty field is no property: neo4j-admin cannot write an empty array
        string[] list => Quote(string.Join(ArrayDelimiter, list)),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
