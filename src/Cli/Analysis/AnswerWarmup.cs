using System.Runtime.CompilerServices;
using Digest.Extractor.Graph;
using Digest.Extractor.Model;

namespace Digest.Cli.Analysis;

/// <summary>
/// Runs a command's answer once on a tiny made-up graph, on another thread, while the real graph
/// loads: reading a corpus graph keeps one core busy for seconds, and in that time the code the
/// answer needs (the analysis, name lookup, tables and trees, JSON) gets compiled, so the real
/// answer does not start with the JIT. The made-up graph holds the names the command will look up,
/// linked by every kind of relation, so the same paths run; its output goes nowhere.
/// </summary>
internal static class AnswerWarmup
{
    /// <summary>Below this size a graph loads too fast for a warm-up to hide anything.</summary>
    public const long MinimumGraphBytes = 8 << 20;

    /// <summary>A name one edit away from the made-up graph's, so looking it up takes the suggestion path.</summary>
    internal const string Misspelt = "Warm-upp";

    /// <summary>Starts the warm-up when the graph is large enough to be worth it.</summary>
    /// <param name="graphPath">The graph about to be loaded.</param>
    /// <param name="names">The entity names the answer will look up.</param>
    /// <param name="answer">The command's answer.</param>
    /// <returns>The running warm-up (nobody needs to wait for it), or null when skipped (a small graph, or no JIT).</returns>
    public static Task? Start(string graphPath, IReadOnlyList<string> names, Func<KnowledgeGraph, CliConsole, int> answer)
    {
        // The native executable compiles nothing at run time: there is nothing to warm up.
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            return null;
        }

        var file = new FileInfo(graphPath);
        if (!file.Exists || file.Length < MinimumGraphBytes)
        {
            return null;
        }

        return Task.Run(() =>
        {
            try
            {
                var graph = Graph(names);
                answer(graph, new CliConsole(TextWriter.Null, TextWriter.Null));

                // A mistyped name costs a scan of every name with edit distances: compile that too.
                _ = graph.Names.Find(Misspelt);
            }
            catch (Exception)
            {
                // Only compiling matters here: whatever the made-up graph makes the answer do is
                // not the user's answer, which runs on the real graph either way.
            }
        });
    }

    /// <summary>
    /// The made-up graph: an entity per name (Base and Next around the first), relations of
    /// each type between them, stored metrics, one article that mentions everything.
    /// </summary>
    /// <param name="names">The names to hold.</param>
    public static KnowledgeGraph Graph(IReadOnlyList<string> names)
    {
        const string Article = "article:warmup";
        names = names.Count == 0 ? ["Warm-up"] : names;
        var ids = names.Select((_, i) => $"warmup:{i:D3}").Append("warmup:base").Append("warmup:next").Append("warmup:paper").ToList();
        var labels = names.Append("Base").Append("Next").Append("Warm-up paper").ToList();
        var entities = ids.Select((id, i) => new Entity(
            id,
            i == ids.Count - 1 ? EntityType.Paper : EntityType.Method,
            labels[i],
            EquatableArray<string>.Empty,
            1,
            EquatableArray<string>.From([Article]))).ToList();
        var (first, second) = (ids[0], ids[names.Count > 1 ? 1 : ^3]);
        Relation R(string source, RelationType type, string target) =>
            new(source, type, target, EquatableArray<Evidence>.From([new Evidence(Article, $"{source} {type} {target}", "warm-up")]), 0.5);
        var relations = new List<Relation>
        {
            R(first, RelationType.BuildsOn, "warmup:base"),
            R("warmup:next", RelationType.BuildsOn, first),
            R("warmup:paper", RelationType.Introduces, first),
            R(first, RelationType.ComparedWith, "warmup:next"),
        };
        if (second != first)
        {
            relations.Add(R(first, RelationType.Uses, second));
        }

        var data = new KnowledgeGraphData(
            EquatableArray<Article>.From([new Article(Article, "Warm-up", null, "warmup.txt", 1, string.Empty, false)]),
            EquatableArray<Entity>.From(entities),
            EquatableArray<Relation>.From(relations),
            EquatableArray<ArticleMention>.From(ids.Select(id => new ArticleMention(Article, id, 1))),
            EquatableArray<EntityMetrics>.From(ids.Select((id, i) => new EntityMetrics(id, 1.0 / (i + 2), 0.5 / (i + 2), ids[0], 0))));
        return KnowledgeGraph.From(data);
    }
}
