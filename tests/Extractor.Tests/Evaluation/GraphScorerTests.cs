using System.Text.Json;
using Digest.Extractor.Evaluation;

namespace Digest.Extractor.Tests.Evaluation;

public sealed class GraphScorerTests
{
    private const string Gold = """
        {"entities": [{"name": "RoPE", "type": "Method", "aliases": ["旋转位置编码"]},
                      {"name": "ReRoPE", "type": "Method", "aliases": []},
                      {"name": "位置编码", "type": "Concept", "aliases": []}],
         "relations": [{"head": "ReRoPE", "type": "BUILDS_ON", "tail": "RoPE"},
                       {"head": "RoPE", "type": "IS_A", "tail": "位置编码"}]}
        """;

    private static EvaluationReport Score(string graph)
    {
        using var gold = JsonDocument.Parse(Gold);
        using var predicted = JsonDocument.Parse(graph);
        return GraphScorer.Score(gold.RootElement, predicted.RootElement);
    }

    [Fact]
    public void Should_Match_Entities_By_Any_Normalized_Alias_And_Count_Every_Prediction()
    {
        var report = Score("""
            {"nodes": [{"id": "a:1", "label": "Article", "title": "t"},
                       {"id": "method:rope", "label": "Method", "name": "Rotary", "aliases": ["旋转位置编码"]},
                       {"id": "method:re-rope", "label": "Concept", "name": "Re-RoPE"},
                       {"id": "method:x", "label": "Method", "name": "模型"}],
             "edges": [{"source": "method:re-rope", "target": "method:rope", "type": "USES"},
                       {"source": "a:1", "target": "method:x", "type": "MENTIONS"}]}
            """);

        Assert.Equal(2.0 / 3, report.Entities.Precision, 6);
        Assert.Equal(2.0 / 3, report.Entities.Recall, 6);
        Assert.Equal(0.5, report.TypeAccuracy, 6);
        Assert.Equal(1.0, report.Pairs.Precision, 6);
        Assert.Equal(0.5, report.Pairs.Recall, 6);
        Assert.Equal(0.0, report.Typed.F1, 6);
        Assert.Equal(["位置编码"], report.MissedEntities);
        Assert.Equal(["Method 模型"], report.UnmatchedEntities);
        Assert.Contains("ReRoPE -BUILDS_ON-> RoPE", report.MissedRelations);
    }
}
