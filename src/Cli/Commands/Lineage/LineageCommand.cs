using System.CommandLine;
using System.Text.Json.Nodes;
using Digest.Cli.Analysis;
using Digest.Extractor.Graph.Lineage;
using Digest.Extractor.Model;
using Spectre.Console;

namespace Digest.Cli.Commands.Lineage;

/// <summary>Prints the lineage tree of an entity, or the foundational works of the graph.</summary>
/// <param name="console">Where it reports.</param>
public sealed class LineageCommand(CliConsole console)
{
    /// <summary>Runs the command.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The exit code.</returns>
    public int Execute(ParseResult parseResult)
    {
        var name = parseResult.GetValue(LineageCommandDefinition.Name);
        var up = parseResult.GetValue(LineageCommandDefinition.Up);
        var down = parseResult.GetValue(LineageCommandDefinition.Down);
        var depth = parseResult.GetValue(LineageCommandDefinition.Depth);
        var roots = parseResult.GetValue(LineageCommandDefinition.Roots);
        var json = parseResult.GetValue(LineageCommandDefinition.Format) == OutputFormat.Json;
        if (!TryParseVia(parseResult.GetValue(LineageCommandDefinition.Via) ?? [], out var via, out var error))
        {
            return console.Fail(error);
        }

        if (name is null && !roots)
        {
            return console.Fail("name an entity, or pass --roots");
        }

        if (depth < 1)
        {
            return console.Fail("--depth must be at least 1");
        }

        var runner = new AnalysisRunner(console);
        return runner.Run(parseResult.GetValue(LineageCommandDefinition.Graph)!, parseResult.GetValue(LineageCommandDefinition.Timings), (graph, output) =>
        {
            var analysis = new LineageAnalysis(graph, via);
            if (roots)
            {
                PrintRoots(output.Out, analysis.Roots().Take(parseResult.GetValue(LineageCommandDefinition.Count)).ToList(), json);
                return 0;
            }

            if (AnalysisRunner.Resolve(graph, name!, output) is not { } entity)
            {
                return AnalysisRunner.UnknownName;
            }

            var directions = up == down ? [LineageDirection.Up, LineageDirection.Down] : new[] { up ? LineageDirection.Up : LineageDirection.Down };
            var results = directions.Select(d => analysis.Trace(entity, d, depth)).ToList();
            if (json)
            {
                JsonOutput.Write(output.Out, new JsonObject
                {
                    ["entity"] = JsonOutput.Entity(entity),
                    ["via"] = JsonOutput.Strings(via.Select(SchemaNames.Name)),
                    ["lineages"] = JsonOutput.Array(results, ToJson),
                });
            }
            else
            {
                PrintTrees(output.Out, entity, via, results);
            }

            return 0;
        }, parseResult.GetValue(LineageCommandDefinition.Repeat), name is null ? [] : [name]);
    }

    private static bool TryParseVia(string[] values, out List<RelationType> via, out string error)
    {
        via = [];
        error = string.Empty;
        foreach (var name in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!SchemaNames.TryParseRelation(name, out var type) || !LineageRelations.Supported.Contains(type))
            {
                error = $"--via {name}: a lineage follows {string.Join(", ", LineageRelations.Supported.Select(SchemaNames.Name))}";
                return false;
            }

            via.Add(type);
        }

        if (via.Count == 0)
        {
            via.AddRange(LineageRelations.Default);
        }

        return true;
    }

    private static void PrintTrees(TextWriter output, Entity entity, List<RelationType> via, List<LineageResult> results)
    {
        var ansi = ConsoleFactory.Create(output);
        var relations = string.Join(", ", via.Select(SchemaNames.Name));
        foreach (var result in results)
        {
            var heading = result.Direction == LineageDirection.Up ? "Ancestors" : "Descendants";
            var tree = new Tree(new Text($"{heading} of {AnalysisRunner.Describe(entity)} via {relations}: {result.Count}"));
            foreach (var child in result.Tree.Children)
            {
                AddNode(tree.AddNode(Label(child)), child);
            }

            ansi.Write(tree);
            if (result.Count == 0)
            {
                ansi.WriteLine(result.Direction == LineageDirection.Up ? "  (builds on nothing in this graph)" : "  (nothing builds on it in this graph)");
            }

            if (result.Foundations.Count > 0)
            {
                ansi.WriteLine("Foundational: " + string.Join(", ", result.Foundations.Select(e => e.Name)));
            }

            foreach (var cycle in result.Cycles)
            {
                ansi.WriteLine("Cycle: " + string.Join(" <-> ", cycle.Select(e => e.Name)));
            }

            if (result.Truncated)
            {
                ansi.WriteLine("(cut at --depth; raise it to see more)");
            }

            ansi.WriteLine();
        }
    }

    private static void AddNode(TreeNode parent, LineageNode node)
    {
        foreach (var child in node.Children)
        {
            AddNode(parent.AddNode(Label(child)), child);
        }
    }

    private static Text Label(LineageNode node) =>
        new($"{node.Entity.Name} ({SchemaNames.Label(node.Entity.Type)}) [{SchemaNames.Name(node.Via!.Type)}]");

    private static JsonObject ToJson(LineageResult result) => new()
    {
        ["direction"] = result.Direction.ToString().ToLowerInvariant(),
        ["count"] = result.Count,
        ["tree"] = JsonOutput.Array(result.Tree.Children, NodeJson),
        ["foundations"] = JsonOutput.Array(result.Foundations, JsonOutput.Entity),
        ["cycles"] = JsonOutput.Array(result.Cycles, c => JsonOutput.Strings(c.Select(e => e.Id))),
        ["truncated"] = result.Truncated,
    };

    private static JsonObject NodeJson(LineageNode node) => new()
    {
        ["entity"] = JsonOutput.Entity(node.Entity),
        ["depth"] = node.Depth,
        ["via"] = JsonOutput.Relation(node.Via!),
        ["children"] = JsonOutput.Array(node.Children, NodeJson),
    };

    private static void PrintRoots(TextWriter output, List<FoundationalWork> roots, bool json)
    {
        if (json)
        {
            JsonOutput.Write(output, JsonOutput.Array(roots, r => new JsonObject { ["entity"] = JsonOutput.Entity(r.Entity), ["children"] = r.Children, ["descendants"] = r.Descendants }));
            return;
        }

        var table = new Table().AddColumns("#", "foundational work", "type", "children", "descendants");
        foreach (var (root, rank) in roots.Select((r, i) => (r, i + 1)))
        {
            table.AddRow(new Text(rank.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(root.Entity.Name), new Text(SchemaNames.Label(root.Entity.Type)), new Text(root.Children.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(root.Descendants.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        table.Columns[3].RightAligned();
        table.Columns[4].RightAligned();
        ConsoleFactory.Create(output).Write(table);
    }
}
