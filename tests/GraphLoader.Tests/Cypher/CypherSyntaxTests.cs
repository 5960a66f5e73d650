using Digest.Extractor.Model;
using Digest.GraphLoader.Cypher;
using Digest.GraphLoader.Export;
using Digest.GraphLoader.Loading;
using Digest.GraphLoader.Queries;

namespace Digest.GraphLoader.Tests.Cypher;

/// <summary>Every statement Digest sends or writes passes Neo4j's own parser.</summary>
public sealed class CypherSyntaxTests
{
    private static IEnumerable<(string, string)> LoaderStatements()
    {
        var target = "http://127.0.0.1:7474/db/neo4j";
        var full = LoadPlanner.Plan(SampleGraphs.Full, new LoadOptions(Prune: true), target, null, null);
        var incremental = LoadPlanner.Plan(SampleGraphs.WithoutLast(3), new LoadOptions(Prune: true), target, full.Manifest, full.Manifest.LoadId);
        foreach (var statement in full.Statements.Concat(incremental.Statements))
        {
            yield return (statement.Purpose, statement.Text);
        }

        // Every label and type, also those the sample lacks.
        foreach (var type in Enum.GetValues<EntityType>())
        {
            yield return ("merge " + type, CypherStatements.MergeEntities(type));
        }

        foreach (var type in Enum.GetValues<RelationType>())
        {
            yield return ("prune " + type, LoadStatements.PruneRelationships(type));
            yield return ("delete " + type, LoadStatements.DeleteRelationships(type));
            if (type != RelationType.Mentions)
            {
                yield return ("merge " + type, CypherStatements.MergeRelations(type));
            }
        }

        foreach (var label in new[] { SchemaNames.ArticleLabel, SchemaNames.EntityLabel })
        {
            yield return ("delete " + label, LoadStatements.DeleteNodes(label));
        }

        yield return ("read marker", LoadStatements.ReadMarker);
    }

    private static IEnumerable<(string, string)> ImportScriptStatements()
    {
        using var stream = new MemoryStream();
        new CypherScriptExporter().Write(SampleGraphs.Full, stream);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        var statement = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(":param", StringComparison.Ordinal) || lines[i].StartsWith("//", StringComparison.Ordinal) || lines[i].Length == 0)
            {
                continue; // :param is a client command of cypher-shell and Browser, not Cypher
            }

            statement.Add(lines[i]);
            if (lines[i].EndsWith(';'))
            {
                yield return ($"import.cypher line {i + 1}", string.Join("\n", statement));
                statement.Clear();
            }
        }

        Assert.Empty(statement);
    }

    [Fact]
    public void Should_Parse_Every_Statement_The_Loader_Sends_For_The_Shared_Sample()
    {
        var statements = LoaderStatements().ToList();

        Assert.Empty(CypherLint.Errors(statements));
        Assert.True(statements.Select(s => s.Item2).Distinct().Count() > 40);
    }

    [Fact]
    public void Should_Parse_Every_Statement_Of_Import_Cypher_For_The_Shared_Sample()
    {
        var statements = ImportScriptStatements().ToList();

        Assert.Empty(CypherLint.Errors(statements));
        Assert.True(statements.Select(s => s.Item2).Distinct().Count() > 10);
    }

    [Fact]
    public void Should_Parse_Every_Saved_Query_File_As_Browser_Opens_It()
    {
        Assert.Empty(CypherLint.Errors(SavedQueries.All.Select(q => (q.Name, q.Text))));
    }

    [Fact]
    public void Should_Report_A_Syntax_Error_With_Its_Position()
    {
        var errors = CypherLint.Errors([("broken", "MATCH (n RETURN n"), ("fine", CypherStatements.MergeArticles)]);

        Assert.Equal("broken:1:10: Invalid input 'RETURN': expected a graph pattern, a parameter, ')', ':', 'IS', 'WHERE' or '{'", Assert.Single(errors));
    }
}
