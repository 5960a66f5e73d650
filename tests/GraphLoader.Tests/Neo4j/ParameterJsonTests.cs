using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Extractor.Graph.Metrics;
using Digest.GraphLoader.Loading;
using Digest.GraphLoader.Neo4j;

namespace Digest.GraphLoader.Tests.Neo4j;

public sealed class ParameterJsonTests
{
    /// <summary>Every statement a full load of the sample sends, metrics and prunes included.</summary>
    private static IEnumerable<Neo4jStatement> SampleStatements() =>
        LoadPlanner.Plan(GraphMetrics.Attach(SampleGraphs.Full), new LoadOptions(BatchSize: 7, Prune: true), "http://localhost:7474/db/neo4j", null, null).Statements;

    [Fact]
    public void Should_Write_Every_Sample_Parameter_As_The_Reflection_Serializer_Does()
    {
        var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var statements = SampleStatements().ToList();

        Assert.Contains(statements, s => s.Text.Contains("pagerank", StringComparison.Ordinal));
        foreach (var statement in statements)
        {
            // The default encoder is what load manifests' row hashes were made with; the relaxed one is what is sent.
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(statement.Parameters), ParameterJson.ToUtf8Bytes(statement.Parameters));
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(statement.Parameters, relaxed), ParameterJson.ToUtf8Bytes(statement.Parameters, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
        }
    }

    [Fact]
    public void Should_Write_Numbers_Text_And_Nesting_Like_The_Serializer()
    {
        var value = new Dictionary<string, object?>
        {
            ["doubles"] = new object[] { 0.1 + 0.2, 1e-7, 1e21, -0.0, 3.0, double.Epsilon },
            ["integers"] = new object[] { int.MinValue, long.MaxValue },
            ["text"] = new[] { "RoPE 旋转位置编码", "quote \" backslash \\ tab \t", "<script>&'" },
            ["nested"] = new[] { new Dictionary<string, object?> { ["flag"] = true, ["none"] = null } },
        };

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(value), ParameterJson.ToUtf8Bytes(value));
    }

    [Fact]
    public void Should_Refuse_A_Value_No_Parameter_Can_Have()
    {
        var error = Assert.Throws<ArgumentException>(() => ParameterJson.ToUtf8Bytes(new Dictionary<string, object?> { ["when"] = DateTime.UnixEpoch }));

        Assert.Contains("DateTime", error.Message, StringComparison.Ordinal);
    }
}
