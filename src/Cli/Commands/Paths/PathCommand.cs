using System.CommandLine;
using System.Text.Json.Nodes;
using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Paths;
using Digest.Extractor.Model;
using Spectre.Console;

namespace Digest.Cli.Commands.Paths;

/// <summary>Prints the shortest paths between two entities, or says plainly that none exists.</summary>
/// <param name="console">Where it reports.</param>
public sealed class PathCommand(CliConsole console)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The exit code.</returns>
    public int Execute(ParseResult parseResult)
    {
        var directed = parseResult.GetValue(PathCommandDefinition.Directed);
        var limit = parseResult.GetValue(PathCommandDefinition.Count);
        var json = parseResult.GetValue(PathCommandDefinition.Format) == OutputFormat.Json;
        if (limit < 1)
        {
            return console.Fail("--count must be at least 1");
        }

        return new AnalysisRunner(console).Run(parseResult.GetValue(PathCommandDefinition.Graph)!, parseResult.GetValue(PathCommandDefinition.Timings), (graph, output) =>
        {
            if (AnalysisRunner.Resolve(graph, parseResult.GetValue(PathCommandDefinition.From)!, output) is not { } from
                || AnalysisRunner.Resolve(graph, parseResult.GetValue(PathCommandDefinition.To)!, output) is not { } to)
            {
                return AnalysisRunner.UnknownName;
            }

            if (from.Id == to.Id)
            {
                return output.Fail($"both ends are {AnalysisRunner.Describe(from)}");
            }

            var paths = new PathFinder(graph).Shortest(from, to, directed, limit);
            if (json)
            {
                JsonOutput.Write(output.Out, new JsonObject
                {
                    ["from"] = JsonOutput.Entity(from),
                    ["to"] = JsonOutput.Entity(to),
                    ["directed"] = directed,
                    ["paths"] = JsonOutput.Array(paths, p => JsonOutput.Array(p.Hops, h => new JsonObject
                    {
                        ["from"] = h.From.Id,
                        ["to"] = h.To.Id,
                        ["relations"] = JsonOutput.Array(h.Relations, JsonOutput.Relation),
                    })),
                });
                return 0;
            }

            Print(output.Out, from, to, directed, paths);
            return 0;
        }, parseResult.GetValue(PathCommandDefinition.Repeat), [parseResult.GetValue(PathCommandDefinition.From)!, parseResult.GetValue(PathCommandDefinition.To)!]);
    }

    private static void Print(TextWriter output, Entity from, Entity to, bool directed, IReadOnlyList<GraphPath> paths)
    {
        var ansi = ConsoleFactory.Create(output);
        if (paths.Count == 0)
        {
            var how = directed ? "following relations in their direction" : "over any relation, in either direction";
            ansi.WriteLine($"No path exists between {AnalysisRunner.Describe(from)} and {AnalysisRunner.Describe(to)} {how}.");
            return;
        }

        var hops = paths[0].Hops.Count;
        ansi.WriteLine($"{paths.Count} shortest path(s) of {hops} hop(s) from {from.Name} to {to.Name}:");
        foreach (var (path, number) in paths.Select((p, i) => (p, i + 1)))
        {
            var tree = new Tree(new Text($"Path {number}: " + string.Join(" - ", path.Entities.Select(e => e.Name))));
            foreach (var hop in path.Hops)
            {
                foreach (var relation in hop.Relations)
                {
                    var forward = relation.SourceId == hop.From.Id;
                    var arrow = forward
                        ? $"{hop.From.Name} -[{SchemaNames.Name(relation.Type)}]-> {hop.To.Name}"
                        : $"{hop.From.Name} <-[{SchemaNames.Name(relation.Type)}]- {hop.To.Name}";
                    var node = tree.AddNode(new Text(arrow));
                    var evidence = relation.Evidence.FirstOrDefault();
                    if (evidence is not null)
                    {
                        var more = relation.Evidence.Count > 1 ? $" (+{relation.Evidence.Count - 1} more)" : string.Empty;
                        node.AddNode(new Text($"\"{evidence.Sentence}\" ({evidence.ArticleId}){more}"));
                    }
                }
            }

            ansi.Write(tree);
        }
    }
}
