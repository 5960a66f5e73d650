using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Stages.Mentions;
using Digest.Extractor.Text;

namespace Digest.Extractor.Tests.Text;

public sealed class RegexWindowsTests
{
    /// <summary>A lookbehind-led pattern like the finders': Latin names listed after 在 and closed by 数据集.</summary>
    private static readonly Regex Listed = new(@"(?<=在)(?<item>[A-Z]+)(?:、(?<item>[A-Z]+))*数据集");

    private static readonly RegexWindows Windows = new(SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ在、数据集"), ["数据集"]);

    /// <summary>Each match as index, length and captures, to compare two scans.</summary>
    private static List<string> Describe(IEnumerable<Match> matches) =>
        matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join("|", m.Groups.Cast<Group>().Skip(1).SelectMany(g => g.Captures).Select(c => $"{c.Index}={c.Value}"))).ToList();

    [Fact]
    public void Should_Find_The_Matches_Of_The_Whole_Text_Scan_With_Absolute_Offsets()
    {
        const string text = "我们在KITTI、VIGOR数据集上测试,又在COCO数据集上,而非在NYU上。";

        Assert.Equal(Describe(Listed.Matches(text)), Describe(Windows.Matches(Listed, text)));
        Assert.Equal(["KITTI", "VIGOR", "COCO"], Windows.Matches(Listed, text).SelectMany(m => m.Groups["item"].Captures).Select(c => c.Value));
    }

    [Fact]
    public void Should_Find_Nothing_When_No_Window_Holds_An_Anchor()
    {
        Assert.Empty(Windows.Matches(Listed, "我们在KITTI、VIGOR上测试"));
    }

    [Fact]
    public void Should_Not_Let_A_Lookbehind_See_Across_A_Character_Outside_The_Runs()
    {
        // 在 stands before the window (上 is not a run character): the lookbehind fails in both scans.
        const string text = "在上KITTI数据集";

        Assert.Empty(Listed.Matches(text));
        Assert.Empty(Windows.Matches(Listed, text));
    }

    [Fact]
    public void Should_Reject_An_Anchor_That_Is_Not_Made_Of_Run_Characters()
    {
        Assert.Throws<ArgumentException>(() => new RegexWindows(SearchValues.Create("ABC"), ["数据集"]));
    }

    [Fact]
    public void Should_Give_The_Finders_The_Same_Matches_As_Whole_Text_Scans_On_Shared_Texts()
    {
        var headedList = NamedTermFinder.HeadedList(ExtractorKnowledge.Load().ListOpeners);
        var checkedMatches = 0;
        foreach (var body in SharedTexts.Bodies)
        {
            var expected = Describe(headedList.Matches(body))
                .Concat(Describe(NamedTermFinder.LatinHeadedList().Matches(body)))
                .Concat(Describe(AuthorListFinder.EtAl().Matches(body)))
                .ToList();
            var actual = Describe(NamedTermFinder.HeadedLists(headedList, body))
                .Concat(Describe(NamedTermFinder.LatinHeadedLists(body)))
                .Concat(Describe(AuthorListFinder.EtAlLists(body)))
                .ToList();
            Assert.Equal(expected, actual);
            checkedMatches += expected.Count;
        }

        Assert.True(checkedMatches > 100, $"only {checkedMatches} matches checked");
    }
}
