using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Communities;
using Spectre.Console;

namespace Digest.Cli.Commands.Communities;

/// <summary>Prints the communities of the graph, largest first.</summary>
/// <param name="console">Where it reports.</param>
public sealed class CommunitiesCommand(CliConsole console)
{
    /// <summary>The longest member name the table prints whole (JSON names are never cut).</summary>
    public const int NameWidth = 40;

    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The exit code.</returns>
    public int Execute(ParseResult parseResult)
    {
        var count = parseResult.GetValue(CommunitiesCommandDefinition.Count);
        var members = parseResult.GetValue(CommunitiesCommandDefinition.Members);
        return new AnalysisRunner(console).Run(parseResult.GetValue(CommunitiesCommandDefinition.Graph)!, parseResult.GetValue(CommunitiesCommandDefinition.Timings), (graph, output) =>
        {
            var report = CommunityAnalysis.Compute(graph);
            var shown = report.Communities.Where(c => c.Members.Count > 1).Take(count).ToList();
            var singletons = report.Communities.Count(c => c.Members.Count == 1);
            if (parseResult.GetValue(CommunitiesCommandDefinition.Format) == OutputFormat.Json)
            {
                JsonOutput.Write(output.Out, new JsonObject
                {
                    ["modularity"] = report.Modularity,
                    ["community_count"] = report.Communities.Count - singletons,
                    ["singletons"] = singletons,
                    ["component_count"] = report.Components.Count(c => c.Members.Count > 1),
                    ["largest_component"] = report.Components.Count > 0 ? report.Components[0].Members.Count : 0,
                    ["communities"] = JsonOutput.Array(shown, c => new JsonObject
                    {
                        ["id"] = c.Id,
                        ["community"] = c.Members[0].Id,
                        ["size"] = c.Members.Count,
                        ["members"] = JsonOutput.Array(c.Members.Take(members), JsonOutput.Entity),
                    }),
                });
                return 0;
            }

            output.Out.WriteLine($"{report.Communities.Count - singletons} communities of 2+ entities (modularity {report.Modularity.ToString(CultureInfo.InvariantCulture)}), {singletons} entities alone; "
                + $"{report.Components.Count(c => c.Members.Count > 1)} connected components, the largest with {(report.Components.Count > 0 ? report.Components[0].Members.Count : 0)} entities.");
            // Plain aligned lines rather than a Spectre table: measuring and wrapping thousands of
            // characters of member names doubled the answer time on the corpus graph.
            // The label is what the exports' community property holds: the id of the first leading member.
            var rows = shown.Select(c => (
                Id: c.Id.ToString(CultureInfo.InvariantCulture),
                Size: c.Members.Count.ToString(CultureInfo.InvariantCulture),
                Label: Shortened(c.Members[0].Id),
                Members: string.Join(", ", c.Members.Take(members).Select(e => Shortened(e.Name)))
                    + (c.Members.Count > members ? $", ... {c.Members.Count - members} more" : string.Empty))).ToList();
            const string IdHeader = "#", SizeHeader = "size", LabelHeader = "community";
            var idWidth = Math.Max(IdHeader.Length, rows.Count == 0 ? 0 : rows.Max(r => r.Id.Length));
            var sizeWidth = Math.Max(SizeHeader.Length, rows.Count == 0 ? 0 : rows.Max(r => r.Size.Length));
            var labelWidth = Math.Max(LabelHeader.Length, rows.Count == 0 ? 0 : rows.Max(r => CellWidth(r.Label)));
            var lines = new StringBuilder();
            lines.Append(IdHeader.PadRight(idWidth)).Append("  ").Append(SizeHeader.PadLeft(sizeWidth)).Append("  ")
                .Append(LabelHeader.PadRight(labelWidth)).Append("  leading members (by PageRank)\n");
            foreach (var row in rows)
            {
                lines.Append(row.Id.PadRight(idWidth)).Append("  ").Append(row.Size.PadLeft(sizeWidth)).Append("  ")
                    .Append(row.Label).Append(' ', labelWidth - CellWidth(row.Label)).Append("  ").Append(row.Members).Append('\n');
            }

            output.Out.Write(lines.ToString());
            return 0;
        }, parseResult.GetValue(CommunitiesCommandDefinition.Repeat));
    }

    /// <summary>The terminal columns a text takes: Chinese characters take two, as in <c>task:视觉问答</c>.</summary>
    private static int CellWidth(string text) => text.Sum(c => c.GetCellWidth());

    /// <summary>A name cut to <see cref="NameWidth"/> characters: members named by a paper title would make rows of several lines.</summary>
    private static string Shortened(string name) => name.Length <= NameWidth ? name : string.Concat(name.AsSpan(0, NameWidth - 1), "…");
}
