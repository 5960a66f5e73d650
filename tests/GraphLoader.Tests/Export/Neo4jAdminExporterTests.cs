using Digest.GraphLoader.Export;
using Digest.Tests.Shared;

namespace Digest.GraphLoader.Tests.Export;

public sealed class Neo4jAdminExporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("digest-admin-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Reads the CSVs as neo4j-admin would (header types, U+001F arrays, ';' labels) and compares with graph.json.
    private const string CompareScript = """
        import csv, json, sys, os
        d = sys.argv[1]
        data = json.load(open(sys.argv[2], encoding="utf-8"))
        def rows(name):
            with open(os.path.join(d, name), encoding="utf-8", newline="") as f:
                r = csv.reader(f)
                header = next(r)
                return header, [dict(zip(header, row)) for row in r]
        h, ents = rows("entities.csv")
        assert h[0] == "id:ID" and ":LABEL" in h and "aliases:string[]" in h and "mentions:long" in h, h
        h, arts = rows("articles.csv")
        assert h[0] == "id:ID" and ":LABEL" in h, h
        nodes = {n["id"]: n for n in data["nodes"]}
        assert len(ents) + len(arts) == len(nodes)
        for e in ents:
            n = nodes[e["id:ID"]]
            assert e[":LABEL"] == "Entity;" + n["label"], e
            assert e["name"] == n["name"]
            assert (e["aliases:string[]"].split("\u001f") if e["aliases:string[]"] else []) == n["aliases"]
            assert int(e["mentions:long"]) == n["mentions"]
        for a in arts:
            assert a[":LABEL"] == "Article" and a["name"] == nodes[a["id:ID"]]["title"]
        h, mentions = rows("mentions.csv")
        h2, rels = rows("relationships.csv")
        assert h[:3] == [":START_ID", ":END_ID", ":TYPE"] and h2[:3] == h[:3], (h, h2)
        got = sorted((r[":START_ID"], r[":TYPE"], r[":END_ID"]) for r in mentions + rels)
        assert got == sorted((e["source"], e["type"], e["target"]) for e in data["edges"])
        for r in rels:
            assert 0 < float(r["confidence:double"]) <= 1
            assert len(r["evidence:string[]"].split("\u001f")) == len(r["evidence_articles:string[]"].split("\u001f"))
        print("ok", len(ents), len(arts), len(mentions), len(rels))
        """;

    [Fact]
    public void Should_Write_Csvs_That_Hold_The_Shared_Sample_Graph()
    {
        var graph = SampleGraphs.Full;
        var json = Path.Combine(_dir, "graph.json");
        AtomicFile.Write(json, s => new JsonExporter().Write(graph, s));

        new Neo4jAdminExporter().Write(graph, Path.Combine(_dir, "csv"));

        var (code, output, error) = PythonRunner.Run(CompareScript, Path.Combine(_dir, "csv"), json);
        Assert.True(code == 0, error);
        Assert.StartsWith("ok", output);
        Assert.Contains("--array-delimiter=U+001F", File.ReadAllText(Path.Combine(_dir, "csv", "import.sh")));
    }
}
