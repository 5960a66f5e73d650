using Digest.Extractor.Knowledge;
using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class SettingFramesTests
{
    private static readonly SettingFrames Frames = new([("在", "上")]);

    /// <summary>The text with each [name] replaced by a marker, and the marker positions.</summary>
    private static (string Text, List<int> Markers) Marked(string text)
    {
        var markers = new List<int>();
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                markers.Add(builder.Length);
                builder.Append((char)(RelationTemplate.FirstMarker + markers.Count - 1));
                i = text.IndexOf(']', i);
                continue;
            }

            builder.Append(text[i]);
        }

        return (builder.ToString(), markers);
    }

    [Theory]
    [InlineData("在[ALFWorld]上超越[GRPO]", new[] { true, false })]
    [InlineData("在[TIMIT]和[Buckeye]上超越[MFA]", new[] { true, true, false })]
    [InlineData("在[AIME24]、[AIME25]和[GPQA-Diamond]上使用[Qwen3-1.7B]", new[] { true, true, true, false })]
    [InlineData("在更难的[ChartQAPro]上超越[GPT-4o]", new[] { true, false })]
    [InlineData("在[MiniF2F]等基准测试上取得提升", new[] { true })]
    [InlineData("[ATM]在[TOPKIDS]上平均测地误差2.4，相比基线[URSSM]", new[] { false, true, false })]
    [InlineData("在[Qwen2.5-7B]上，使用[UltraChat]", new[] { true, false })]
    [InlineData("在[Transformer]中使用[注意力]", new[] { false, false })]
    public void Should_Tell_Where_From_Who(string text, bool[] expected)
    {
        var (marked, markers) = Marked(text);

        Assert.Equal(expected, markers.Select(at => Frames.Holds(marked, at)).ToArray());
    }
}
