using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Model;
using Digest.GraphLoader.Export;
using Digest.Tests.Shared;

namespace Digest.Cli.Tests.Commands;

/// <summary>
/// Graph files for the analysis command tests, written once per test class: the shared sample
/// built by <c>digest build</c>, and a small hand-built lineage with known answers.
/// </summary>
public sealed class AnalysisGraphs : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-analysis-").FullName;

    public AnalysisGraphs()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DigestApp.RunAsync(["build", RepoPaths.SampleDigest, "--out", Path.Combine(_dir, "sample")], output, error).GetAwaiter().GetResult();
        Assert.True(code == 0, error.ToString());
        Sample = Path.Combine(_dir, "sample", "graph.json");
        Small = Path.Combine(_dir, "small", "graph.json");
        AtomicFile.Write(Small, s => new JsonExporter().Write(GraphMetrics.Attach(SmallGraph()), s));
    }

    /// <summary>The shared sample's graph.json.</summary>
    public string Sample { get; }

    /// <summary>
    /// Mamba BUILDS_ON S4 BUILDS_ON HiPPO; S4D BUILDS_ON S4; Mamba USES Selective Scan;
    /// 《HiPPO paper》 INTRODUCES HiPPO; Jamba COMPARED_WITH Mamba; Loner alone.
    /// </summary>
    public string Small { get; }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    private static KnowledgeGraphData SmallGraph()
    {
        Entity E(string id, EntityType type, string name, params string[] aliases) =>
            new(id, type, name, EquatableArray<string>.From(aliases), 2, EquatableArray<string>.From(["article:ssm"]));
        Relation R(string source, RelationType type, string target, string sentence) =>
            new(source, type, target, EquatableArray<Evidence>.From([new Evidence("article:ssm", sentence, "test")]), 0.8);
        return new KnowledgeGraphData(
            EquatableArray<Article>.From([new Article("article:ssm", "状态空间模型漫谈", "AI", "ssm.txt", 1, string.Empty, false)]),
            EquatableArray<Entity>.From([
                E("method:hippo", EntityType.Method, "HiPPO"),
                E("method:loner", EntityType.Method, "Loner"),
                E("method:s4", EntityType.Method, "S4", "Structured State Space"),
                E("method:s4d", EntityType.Method, "S4D"),
                E("method:selective-scan", EntityType.Method, "Selective Scan"),
                E("model:jamba", EntityType.Model, "Jamba"),
                E("model:mamba", EntityType.Model, "Mamba"),
                E("paper:hippo", EntityType.Paper, "HiPPO: Recurrent Memory with Optimal Polynomial Projections"),
            ]),
            EquatableArray<Relation>.From([
                R("method:s4", RelationType.BuildsOn, "method:hippo", "S4之前有一篇奠基之作HiPPO。"),
                R("method:s4d", RelationType.BuildsOn, "method:s4", "S4D是S4的对角化变体。"),
                R("model:jamba", RelationType.ComparedWith, "model:mamba", "Jamba与Mamba相比。"),
                R("model:mamba", RelationType.BuildsOn, "method:s4", "Mamba在S4的基础上引入选择机制。"),
                R("model:mamba", RelationType.Uses, "method:selective-scan", "Mamba采用Selective Scan。"),
                R("paper:hippo", RelationType.Introduces, "method:hippo", "《HiPPO》提出HiPPO。"),
            ]),
            EquatableArray<ArticleMention>.From([new ArticleMention("article:ssm", "model:mamba", 2)]));
    }
}
