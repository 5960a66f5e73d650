using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Statistics;
using Spectre.Console;

namespace Digest.Cli.Commands.Stats;

/// <summary>Prints the statistics of the graph.</summary>
/// <param name="console">Where it reports.</param>
public sealed class StatsCommand(CliConsole console)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The exit code.</returns>
    public int Execute(ParseResult parseResult) =>
        new AnalysisRunner(console).Run(parseResult.GetValue(StatsCommandDefinition.Graph)!, parseResult.GetValue(StatsCommandDefinition.Timings), (graph, output) =>
        {
            var stats = StatisticsAnalysis.Compute(graph);
            if (parseResult.GetValue(StatsCommandDefinition.Format) == OutputFormat.Json)
            {
                JsonOutput.Write(output.Out, new JsonObject
                {
                    ["articles"] = stats.Articles,
                    ["entities"] = stats.Entities,
                    ["relations"] = stats.Relations,
                    ["mentions"] = stats.Mentions,
                    ["entities_by_type"] = JsonOutput.Array(stats.EntitiesByType, NamedCountJson),
                    ["relations_by_type"] = JsonOutput.Array(stats.RelationsByType, NamedCountJson),
                    ["density"] = stats.Density,
                    ["average_degree"] = stats.AverageDegree,
                    ["isolated"] = stats.Isolated,
                    ["components"] = stats.Components,
                    ["largest_component"] = stats.LargestComponent,
                });
                return 0;
            }

            var table = new Table().AddColumns("", "count");
            void Row(string name, object value) => table.AddRow(new Text(name), new Text(Convert.ToString(value, CultureInfo.InvariantCulture)!));
            Row("articles", stats.Articles);
            Row("entities", stats.Entities);
            foreach (var type in stats.EntitiesByType)
            {
                Row("  " + type.Name, type.Count);
            }

            Row("relations", stats.Relations);
            foreach (var relation in stats.RelationsByType)
            {
                Row("  " + relation.Name, relation.Count);
            }

            Row("MENTIONS", stats.Mentions);
            Row("density", stats.Density);
            Row("average degree", stats.AverageDegree);
            Row("isolated entities", stats.Isolated);
            Row("components (2+ entities)", stats.Components);
            Row("largest component", stats.LargestComponent);
            table.Columns[1].RightAligned();
            ConsoleFactory.Create(output.Out).Write(table);
            return 0;
        }, parseResult.GetValue(StatsCommandDefinition.Repeat));

    private static JsonObject NamedCountJson(NamedCount count) => new() { ["name"] = count.Name, ["count"] = count.Count };
}
