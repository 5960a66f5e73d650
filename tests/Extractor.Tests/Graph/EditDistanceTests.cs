using Digest.Extractor.Graph;

namespace Digest.Extractor.Tests.Graph;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("transfomer", "transformer", 3, 1)]
    [InlineData("mambaa", "mamba", 2, 1)]
    [InlineData("instructblp", "instructblip", 3, 1)]
    [InlineData("qloar", "qlora", 1, 2)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("clip", "clip", 1, 0)]
    [InlineData("x", "", 1, 1)]
    [InlineData("旋转位置编", "旋转位置编码", 1, 1)]
    [InlineData("deepseekv2", "deepseekv32", 3, 1)]
    [InlineData("resnet5", "regnety", 1, 2)]
    public void Should_Give_The_Levenshtein_Distance_Or_Bound_Plus_One_When_It_Is_Larger(string a, string b, int bound, int expected)
    {
        Assert.Equal(expected, EditDistance.Within(a, b, bound));
        Assert.Equal(expected, EditDistance.Within(b, a, bound));
    }

    [Fact]
    public void Should_Agree_With_The_Full_Table_On_Real_Name_Pairs_For_Every_Bound()
    {
        string[] names = ["transformer", "transformers", "itransformer", "ltransformer", "mamba2", "mamba3", "mambau", "mamboa", "stablediffusion", "stablediffusion3", "mixtral8x7b", "mistral8b", "chainofthought", "cot", "clip", "clipr", "lora", "qlora", "旋转位置编码", "大语言模型"];
        foreach (var a in names)
        {
            foreach (var b in names)
            {
                var full = Full(a, b);
                for (var bound = 0; bound <= 5; bound++)
                {
                    Assert.Equal(Math.Min(full, bound + 1), EditDistance.Within(a, b, bound));
                }
            }
        }
    }

    /// <summary>The whole dynamic-programming table, no band, no early exit.</summary>
    private static int Full(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
