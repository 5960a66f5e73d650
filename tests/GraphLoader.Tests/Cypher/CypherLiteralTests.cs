using Digest.GraphLoader.Cypher;

namespace Digest.GraphLoader.Tests.Cypher;

public sealed class CypherLiteralTests
{
    [Fact]
    public void Should_Escape_Quotes_Backslashes_And_Control_Characters_In_Strings()
    {
        Assert.Equal("\"说 \\\"RAG\\\" \\\\ a\\nb\\r\\tc \\u0007 \\u0085\"", CypherLiteral.Format("说 \"RAG\" \\ a\nb\r\tc \u0007 \u0085"));
    }

    [Theory]
    [InlineData("BERT 在 GLUE 上", "\"BERT 在 GLUE 上\"")]
    [InlineData("© 2024 ±0.5 é", "\"© 2024 ±0.5 é\"")]
    [InlineData("emoji 😀 \u0085 end", "\"emoji 😀 \\u0085 end\"")]
    public void Should_Write_Latin1_And_Other_Text_Verbatim_But_Escape_C1_Controls(string text, string expected)
    {
        Assert.Equal(expected, CypherLiteral.Format(text));
    }

    [Fact]
    public void Should_Write_A_Lone_Surrogate_As_The_Replacement_Character()
    {
        Assert.Equal("\"a\uFFFDb\"", CypherLiteral.Format("a\uD800b"));
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
