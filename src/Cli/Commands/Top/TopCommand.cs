using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Rankings;
using Digest.Extractor.Model;
using Spectre.Console;

namespace Digest.Cli.Commands.Top;

/// <summary>Prints the top entities by a measure.</summary>
/// <param name="console">Where it reports.</param>
public sealed class TopCommand(CliConsole console)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The exit code.</returns>
    public int Execute(ParseResult parseResult)
    {
        var by = parseResult.GetValue(TopCommandDefinition.By)!;
        var measure = Enum.Parse<RankingMeasure>(by.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
        var count = parseResult.GetValue(TopCommandDefinition.Count);
        EntityType? type = null;
        if (parseResult.GetValue(TopCommandDefinition.Type) is { } typeName)
        {
            if (!SchemaNames.TryParseEntityType(typeName, out var parsed))
            {
                return console.Fail($"--type {typeName}: not an entity type; use one of {string.Join(", ", Enum.GetValues<EntityType>().Select(SchemaNames.Label))}");
            }

            type = parsed;
        }

        RelationType? relation = null;
        if (parseResult.GetValue(TopCommandDefinition.Relation) is { } relationName)
        {
            if (!SchemaNames.TryParseRelation(relationName, out var parsed) || parsed == RelationType.Mentions)
            {
                return console.Fail($"--relation {relationName}: not a relation type; use one of {string.Join(", ", Enum.GetValues<RelationType>().Skip(1).Select(SchemaNames.Name))}");
            }

            if (measure is RankingMeasure.PageRank or RankingMeasure.Betweenness)
            {
                return console.Fail("--relation applies to degree, in-degree and out-degree");
            }

            relation = parsed;
        }

        return new AnalysisRunner(console).Run(parseResult.GetValue(TopCommandDefinition.Graph)!, parseResult.GetValue(TopCommandDefinition.Timings), (graph, output) =>
        {
            var top = new RankingAnalysis(graph).Top(measure, count, type, relation);
            if (parseResult.GetValue(TopCommandDefinition.Format) == OutputFormat.Json)
            {
                JsonOutput.Write(output.Out, new JsonObject
                {
                    ["by"] = by,
                    ["type"] = type is { } t ? SchemaNames.Label(t) : null,
                    ["relation"] = relation is { } r ? SchemaNames.Name(r) : null,
                    ["entities"] = JsonOutput.Array(top, e => new JsonObject { ["rank"] = e.Rank, ["entity"] = JsonOutput.Entity(e.Entity), ["score"] = e.Score }),
                });
                return 0;
            }

            var table = new Table().AddColumns("#", "name", "type", by, "id");
            foreach (var entry in top)
            {
                table.AddRow(
                    new Text(entry.Rank.ToString(CultureInfo.InvariantCulture)),
                    new Text(entry.Entity.Name),
                    new Text(SchemaNames.Label(entry.Entity.Type)),
                    new Text(entry.Score.ToString(CultureInfo.InvariantCulture)),
                    new Text(entry.Entity.Id));
            }

            table.Columns[3].RightAligned();
            var ansi = ConsoleFactory.Create(output.Out);
            ansi.Write(table);
            if (top.Count == 0)
            {
                ansi.WriteLine("(no entity scores above 0 for this measure and filter)");
            }

            return 0;
        }, parseResult.GetValue(TopCommandDefinition.Repeat));
    }
}
