using Digest.Extractor.Knowledge;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class ListCuesTests
{
    [Fact]
    public void Should_Read_One_Pattern_Per_Line_Past_Comments()
    {
        var cues = ListCues.Parse("cues.txt", new StringReader("# comment\n包含[两三]个模块[：:]\n\n核心组件包括[：:]\n"));

        Assert.Equal(2, cues.Cues.Count);
        Assert.Matches(cues.Cues[0], "X包含三个模块：");
    }

    [Fact]
    public void Should_Name_The_File_And_Line_Of_A_Bad_Pattern()
    {
        var error = Assert.Throws<DigestInputException>(() => ListCues.Parse("cues.txt", new StringReader("# c\n包含(两个模块[：:]\n")));

        Assert.StartsWith("cues.txt:2: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Expand_A_Named_Piece_In_The_Cues_After_It_Also_Inside_Another_Piece()
    {
        var cues = ListCues.Parse("cues.txt", new StringReader("@count\t[两三]个\n@parts\t{@count}(?:模块|组件)\n包含{@parts}[：:]\n由{@count}部分组成\n"));

        Assert.Equal(2, cues.Cues.Count);
        Assert.Matches(cues.Cues[0], "X包含三个组件：");
        Assert.Matches(cues.Cues[1], "X由两个部分组成");
        Assert.DoesNotMatch(cues.Cues[0], "X包含{@parts}：");
    }

    [Fact]
    public void Should_Name_The_File_And_Line_Of_A_Piece_Used_Before_It_Is_Named()
    {
        var error = Assert.Throws<DigestInputException>(() => ListCues.Parse("cues.txt", new StringReader("包含{@parts}[：:]\n@parts\t(?:模块|组件)\n")));

        Assert.StartsWith("cues.txt:1: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Ship_Cues_That_Need_A_Colon()
    {
        var cues = PipelineRunCues();

        Assert.Contains(cues, c => c.IsMatch("SURE包含三个核心组件："));
        Assert.DoesNotContain(cues, c => c.IsMatch("该网络包含两个分支的编码器"));
        Assert.DoesNotContain(cues, c => c.IsMatch("训练包含三个阶段："));
    }

    [Fact]
    public void Should_Ship_Baseline_Cues_That_End_Where_The_List_Starts()
    {
        var cues = Digest.Extractor.Tests.Stages.PipelineRun.Knowledge.BaselineCues.Cues;

        var match = cues.Select(c => c.Match("对比的基线包括ARIMA和ETS")).First(m => m.Success);
        Assert.Equal("对比的基线包括", match.Value);
        Assert.DoesNotContain(cues, c => c.IsMatch("对比学习的基线"));
    }

    private static IReadOnlyList<System.Text.RegularExpressions.Regex> PipelineRunCues() => Digest.Extractor.Tests.Stages.PipelineRun.Knowledge.ComponentCues.Cues;

    [Fact]
    public void Should_Offer_Only_Cues_Whose_Required_Words_The_Text_Holds()
    {
        var cues = ListCues.Parse("cues.txt", new StringReader("由(?<parts>[^。]{2,80}?)(?:组成|构成)\n(?:对比|比较)的?(?:基线|方法)包括\n"));

        Assert.True(cues.MayMatchIn(0, "FooNet由BarNet和BazNet组成。"));
        Assert.False(cues.MayMatchIn(0, "FooNet由BarNet驱动。"));
        Assert.False(cues.MayMatchIn(1, "FooNet由BarNet和BazNet组成。"));
        Assert.True(cues.MayMatchIn(1, "比较的方法包括A和B。"));
    }

    [Fact]
    public void Should_Give_The_Matches_Of_The_Cues_That_May_Match_Cue_By_Cue()
    {
        var cues = ListCues.Parse("cues.txt", new StringReader("由(?<parts>[^。]{2,80}?)(?:组成|构成)\n(?:对比|比较)的?(?:基线|方法)包括\n"));

        var matches = cues.MatchesIn("比较的方法包括A。FooNet由BarNet和BazNet组成。BarNet由两层构成。").Select(m => m.Value);

        Assert.Equal(["由BarNet和BazNet组成", "由两层构成", "比较的方法包括"], matches);
    }

    [Fact]
    public void Should_Offer_Every_Shipped_Cue_That_Matches_When_Run_On_The_Shared_Sample_And_Corpus()
    {
        var knowledge = Digest.Extractor.Tests.Stages.PipelineRun.Knowledge;
        var matched = 0;
        foreach (var cues in new[] { knowledge.ComponentCues, knowledge.BaselineCues, knowledge.BenchmarkCues, knowledge.CompositionFrames })
        {
            foreach (var body in SharedTexts.Bodies)
            {
                for (var at = 0; at < cues.Cues.Count; at++)
                {
                    if (cues.Cues[at].IsMatch(body))
                    {
                        Assert.True(cues.MayMatchIn(at, body), body);
                        matched++;
                    }
                }
            }
        }

        Assert.True(matched > 100, $"{matched} matching cues");
    }
}
