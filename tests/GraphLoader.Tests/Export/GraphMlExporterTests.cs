using System.Text.Json;
using Digest.Extractor.Building;
using Digest.Extractor.Graph.Metrics;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.GraphLoader.Export;
using Digest.Tests.Shared;

namespace Digest.GraphLoader.Tests.Export;

public sealed class GraphMlExporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-graphml-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string CompareScript = """
        import json, sys, networkx as nx
        g = nx.read_graphml(sys.argv[1], force_multigraph=True)
        data = json.load(open(sys.argv[2], encoding="utf-8"))
        assert g.number_of_nodes() == len(data["nodes"]), (g.number_of_nodes(), len(data["nodes"]))
        assert g.number_of_edges() == len(data["edges"]), (g.number_of_edges(), len(data["edges"]))
        for n in data["nodes"]:
            a = g.nodes[n["id"]]
            assert a["name"] == n["name"] and a["label"] == n["label"], n["id"]
            assert json.loads(a["aliases"]) == n["aliases"], n["id"]
            if n["label"] != "Article":
                assert a["labels"] == ":Entity:" + n["label"], n["id"]
                assert a["mentions"] == n["mentions"] and json.loads(a["articles"]) == n["articles"], n["id"]
                for key, kind in (("pagerank", float), ("betweenness", float), ("community", str), ("lineage_depth", int)):
                    assert a[key] == n[key] and type(a[key]) == kind, (n["id"], key, a[key], n[key])
        edges = {}
        for s, t, a in g.edges(data=True):
            edges.setdefault((s, t, a["type"]), []).append(a)
        for e in data["edges"]:
            a = edges[(e["source"], e["target"], e["type"])].pop()
            assert a["label"] == e["type"]
            if e["type"] == "MENTIONS":
                assert a["count"] == e["count"]
            else:
                assert abs(a["confidence"] - e["confidence"]) < 1e-12
                assert json.loads(a["evidence"]) == e["evidence"]
        print("ok", g.number_of_nodes(), g.number_of_edges())
        """;

    [Fact]
    public void Should_Be_Read_Back_By_Networkx_With_Every_Attribute_Of_Graph_Json_From_The_Shared_Sample()
    {
        var articles = new DigestReader().Read([RepoPaths.SampleDigest]).Articles;
        var graph = GraphMetrics.Attach(GraphBuilder.Build(DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(articles)));
        var graphMl = Path.Combine(_dir, "graph.graphml");
        var json = Path.Combine(_dir, "graph.json");
        AtomicFile.Write(graphMl, s => new GraphMlExporter().Write(graph, s));
        AtomicFile.Write(json, s => new JsonExporter().Write(graph, s));

        var (code, output, error) = PythonRunner.Run(CompareScript, graphMl, json);

        Assert.True(code == 0, error);
        Assert.StartsWith("ok", output);
        Assert.True(graph.Entities.Count > 0);
    }

    private const string NetworkxMetricsScript = """
        import sys, networkx as nx
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python  # no numpy here
        g = nx.read_graphml(sys.argv[1], force_multigraph=True)
        entities = [n for n, a in g.nodes(data=True) if a["label"] != "Article"]
        typed = nx.MultiDiGraph()
        typed.add_nodes_from(entities)
        typed.add_edges_from((s, t) for s, t, a in g.edges(data=True) if a["type"] != "MENTIONS")
        rank = _pagerank_python(typed, alpha=0.85, tol=1e-14, max_iter=1000)
        between = nx.betweenness_centrality(nx.Graph(typed.to_undirected()), normalized=True)
        for n in entities:
            assert abs(g.nodes[n]["pagerank"] - rank[n]) <= 1e-6, (n, g.nodes[n]["pagerank"], rank[n])
            assert abs(g.nodes[n]["betweenness"] - between[n]) <= 1e-6, (n, g.nodes[n]["betweenness"], between[n])
        print("ok", len(entities), max(between.values()))
        """;

    private const string ApocConventionsScript = """
        import json, sys, xml.etree.ElementTree as ET
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        root = ET.parse(sys.argv[1]).getroot()
        data = json.load(open(sys.argv[2], encoding="utf-8"))
        labels = {n["id"]: (":Article" if n["label"] == "Article" else ":Entity:" + n["label"]) for n in data["nodes"]}
        nodes = root.findall("g:graph/g:node", ns)
        assert len(nodes) == len(labels)
        for node in nodes:
            assert node.get("labels") == labels[node.get("id")], node.get("id")
            assert node.find("g:data[@key='labels']", ns).text == node.get("labels")
        edges = root.findall("g:graph/g:edge", ns)
        assert sorted((e.get("source"), e.get("label"), e.get("target")) for e in edges) == sorted((e["source"], e["type"], e["target"]) for e in data["edges"])
        lists = {k.get("attr.name") for k in root.findall("g:key", ns) if k.get("attr.list") == "string"}
        assert lists == {"aliases", "articles"}, lists
        print("ok", len(nodes), len(edges))
        """;

    [Fact]
    public void Should_Follow_Apoc_Import_Graphml_Conventions_For_Labels_And_Types_Of_The_Shared_Sample()
    {
        var articles = new DigestReader().Read([RepoPaths.SampleDigest]).Articles;
        var graph = GraphBuilder.Build(DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(articles));
        var graphMl = Path.Combine(_dir, "graph.graphml");
        var json = Path.Combine(_dir, "graph.json");
        AtomicFile.Write(graphMl, s => new GraphMlExporter().Write(graph, s));
        AtomicFile.Write(json, s => new JsonExporter().Write(graph, s));

        var (code, output, error) = PythonRunner.Run(ApocConventionsScript, graphMl, json);

        Assert.True(code == 0, error);
        Assert.StartsWith("ok", output);
    }

    [Fact]
    public void Should_Carry_The_PageRank_And_Betweenness_Networkx_Computes_For_The_Shared_Sample()
    {
        var articles = new DigestReader().Read([RepoPaths.SampleDigest]).Articles;
        var graph = GraphMetrics.Attach(GraphBuilder.Build(DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(articles)));
        var graphMl = Path.Combine(_dir, "graph.graphml");
        AtomicFile.Write(graphMl, s => new GraphMlExporter().Write(graph, s));

        var (code, output, error) = PythonRunner.Run(NetworkxMetricsScript, graphMl);

        Assert.True(code == 0, error);
        Assert.StartsWith("ok", output);
    }

    [Fact]
    public void Should_Round_Trip_Through_The_Json_Reader_From_The_Shared_Sample()
    {
        var articles = new DigestReader().Read([RepoPaths.SampleDigest]).Articles;
        var graph = GraphMetrics.Attach(GraphBuilder.Build(DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(articles)));
        var json = Path.Combine(_dir, "graph.json");
        AtomicFile.Write(json, s => new JsonExporter().Write(graph, s));

        var read = GraphJsonReader.Read(json);

        Assert.Equal(graph.Entities, read.Entities);
        Assert.Equal(graph.Mentions, read.Mentions);
        Assert.Equal(graph.Metrics, read.Metrics);
        Assert.Equal(graph.Entities.Count, read.Metrics.Count);
        Assert.Equal(graph.Relations.Count, read.Relations.Count);
        Assert.Equal(graph.Articles.Select(a => a.Id), read.Articles.Select(a => a.Id));
        Assert.NotNull(JsonDocument.Parse(File.ReadAllText(json)));
    }
}
