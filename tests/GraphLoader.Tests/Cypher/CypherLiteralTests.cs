using Digest.GraphLoader.Cypher;

namespace Digest.GraphLoader.Tests.Cypher;

public sealed class CypherLiteralTests
{
    [Fact]
    public void Should_Escape_Quotes_Backslashes_And_Control_Characters_In_Strings()
    {
        Assert.Equal("\"说 \\\"RAG\\\" \\\\ a\\nb\\r\\tc \\u0007 \\u0085\"", CypherLiteral.Format("说 \"RAG\" \\ a\nb\r\tc \u0007 \u0085"));
    }

    [Fact]
    public void Should_Write_Maps_Lists_And_Numbers_In_Order_When_Formatting_A_Row()
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = "method:lora",
            ["mentions"] = 12,
            ["pagerank"] = 0.000123,
            ["confidence"] = 1.0,
            ["aliases"] = new[] { "LoRA", "低秩适配" },
            ["community"] = null,
            ["truncated"] = true,
        };

        Assert.Equal(
            "{id: \"method:lora\", mentions: 12, pagerank: 0.000123, confidence: 1.0, aliases: [\"LoRA\", \"低秩适配\"], community: null, truncated: true}",
            CypherLiteral.Format(row));
    }

    [Fact]
    public void Should_Refuse_A_Value_It_Cannot_Write()
    {
        Assert.Throws<ArgumentException>(() => CypherLiteral.Format(DateTime.UnixEpoch));
    }
}
