using System.Diagnostics;
using Digest.Cli.Commands.Build;
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
    /// <param name="answer">Computes and prints the answer to the console it is given; returns the exit code.</param>
    /// <param name="repeat">How often to answer in this process: the first run prints, the others
    /// (output discarded) measure the warm answer time, printed with <paramref name="timings"/>.</param>
    /// <param name="names">The entity names the answer looks up, for <see cref="AnswerWarmup"/>.</param>
    public int Run(string graphPath, bool timings, Func<KnowledgeGraph, CliConsole, int> answer, int repeat = 1, IReadOnlyList<string>? names = null)
    {
        if (repeat < 1)
        {
            return console.Fail("--repeat must be at least 1");
        }

        _ = AnswerWarmup.Start(graphPath, names ?? [], answer);

        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        KnowledgeGraph graph;
        try
        {
            var stored = GraphJsonReader.ReadForAnalysis(graphPath, BuildCache.FolderName);
            var read = clock.Elapsed;
            var readCpu = Process.GetCurrentProcess().TotalProcessorTime;
            graph = KnowledgeGraph.From(stored.Data, stored.Evidence);
            if (timings)
            {
                var process = Process.GetCurrentProcess();
                var source = stored.FromSnapshot ? $" from its snapshot {stored.SnapshotPath}" : stored.SnapshotPath is { } saved ? $" (parsed; snapshot saved to {saved})" : string.Empty;
                console.Error.WriteLine($"timing: read {graphPath}{source} {read.TotalMilliseconds:0} ms (cpu {(readCpu - cpu).TotalMilliseconds:0} ms), "
                    + $"index {(clock.Elapsed - read).TotalMilliseconds:0} ms (cpu {(process.TotalProcessorTime - readCpu).TotalMilliseconds:0} ms), "
                    + $"peak working set {process.PeakWorkingSet64 / (1 << 20)} MB, managed heap {GC.GetTotalMemory(forceFullCollection: false) / (1 << 20)} MB");
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

        var (code, first) = Timed(() => answer(graph, console));
        if (timings)
        {
            console.Error.WriteLine($"timing: answer {first.Wall:0} ms (cpu {first.Cpu:0} ms, jit {first.Jit:0} ms){(repeat > 1 ? ", first run in the process (cold)" : string.Empty)}");
        }

        if (code != 0 || repeat == 1)
        {
            return code;
        }

        // Later runs print nowhere: they measure the answer once the code is compiled and warm.
        var muted = new CliConsole(TextWriter.Null, TextWriter.Null);
        var warm = Enumerable.Range(1, repeat - 1).Select(_ => Timed(() => answer(graph, muted)).Time.Wall).Order().ToList();
        if (timings)
        {
            console.Error.WriteLine($"timing: answer warm median {warm[warm.Count / 2]:0.0} ms, min {warm[0]:0.0} ms, max {warm[^1]:0.0} ms over {warm.Count} run(s)");
        }

        return code;
    }

    /// <summary>Finds an entity by name, alias or id; on a miss prints suggestions and returns null.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="name">What the user typed.</param>
    /// <param name="output">Where notes and errors go.</param>
    public static Entity? Resolve(KnowledgeGraph graph, string name, CliConsole output)
    {
        var match = graph.Names.Find(name);
        if (match.Entity is null)
        {
            var hint = match.Suggestions.Count == 0
                ? "no similar names either"
                : "did you mean: " + string.Join(", ", match.Suggestions.Select(Describe)) + "?";
            output.Fail($"no entity named \"{name}\"; {hint}", UnknownName);
            return null;
        }

        if (match.Others.Count > 0)
        {
            output.Error.WriteLine($"note: \"{name}\" also names {string.Join(", ", match.Others.Select(e => e.Id))}; pass an id to choose");
        }

        return match.Entity;
    }

    /// <summary>An entity for messages: <c>RoPE (Method, method:rope)</c>.</summary>
    /// <param name="entity">The entity.</param>
    public static string Describe(Entity entity) => $"{entity.Name} ({SchemaNames.Label(entity.Type)}, {entity.Id})";

    private static (int Code, (double Wall, double Cpu, double Jit) Time) Timed(Func<int> run)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var code = run();
        return (code, (clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds, (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds));
    }
}
