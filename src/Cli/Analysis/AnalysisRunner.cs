using System.Diagnostics;
using Digest.Extractor.Graph;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Export;

namespace Digest.Cli.Analysis;

/// <summary>
/// Loads the graph an analysis command names, runs the command's answer on it, and turns bad
/// input into an error and exit code: 1 for a missing or broken graph file, 2 for an unknown
/// entity name (with the closest names as suggestions).
/// </summary>
/// <param name="console">Where the command reports.</param>
public sealed class AnalysisRunner(CliConsole console)
{
    /// <summary>The exit code for an entity name the graph does not hold.</summary>
    public const int UnknownName = 2;

    /// <summary>Loads the graph and runs the answer.</summary>
    /// <param name="graphPath">The graph.json path.</param>
    /// <param name="timings">Whether to print times to stderr.</param>
    /// <param name="answer">Computes and prints the answer; returns the exit code.</param>
    public int Run(string graphPath, bool timings, Func<KnowledgeGraph, int> answer)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        KnowledgeGraph graph;
        try
        {
            var data = GraphJsonReader.Read(graphPath);
            var read = clock.Elapsed;
            var readCpu = Process.GetCurrentProcess().TotalProcessorTime;
            graph = KnowledgeGraph.From(data);
            if (timings)
            {
                var indexCpu = Process.GetCurrentProcess().TotalProcessorTime;
                console.Error.WriteLine($"timing: read {graphPath} {read.TotalMilliseconds:0} ms (cpu {(readCpu - cpu).TotalMilliseconds:0} ms), "
                    + $"index {(clock.Elapsed - read).TotalMilliseconds:0} ms (cpu {(indexCpu - readCpu).TotalMilliseconds:0} ms)");
            }
        }
        catch (DigestInputException e)
        {
            return console.Fail(e.Message);
        }
        catch (InvalidDataException e)
        {
            return console.Fail($"{graphPath}: {e.Message}");
        }

        clock.Restart();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var code = answer(graph);
        if (timings)
        {
            console.Error.WriteLine($"timing: answer {clock.Elapsed.TotalMilliseconds:0} ms (cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms)");
        }

        return code;
    }

    /// <summary>Finds an entity by name, alias or id; on a miss prints suggestions and returns null.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="name">What the user typed.</param>
    public Entity? Resolve(KnowledgeGraph graph, string name)
    {
        var match = graph.Names.Find(name);
        if (match.Entity is null)
        {
            var hint = match.Suggestions.Count == 0
                ? "no similar names either"
                : "did you mean: " + string.Join(", ", match.Suggestions.Select(Describe)) + "?";
            console.Fail($"no entity named \"{name}\"; {hint}", UnknownName);
            return null;
        }

        if (match.Others.Count > 0)
        {
            console.Error.WriteLine($"note: \"{name}\" also names {string.Join(", ", match.Others.Select(e => e.Id))}; pass an id to choose");
        }

        return match.Entity;
    }

    /// <summary>An entity for messages: <c>RoPE (Method, method:rope)</c>.</summary>
    /// <param name="entity">The entity.</param>
    public static string Describe(Entity entity) => $"{entity.Name} ({SchemaNames.Label(entity.Type)}, {entity.Id})";
}
