using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;
using Digest.Extractor.Tests.Stages;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class TemplateCueIndexTests
{
    private static readonly IReadOnlyList<RelationTemplate> Templates = PipelineRun.Knowledge.Templates;
    private static readonly TemplateCueIndex Index = new(Templates);

    private static bool[] Mark(string text)
    {
        var mayMatch = new bool[Templates.Count];
        Index.Mark(text, mayMatch);
        return mayMatch;
    }

    private static IEnumerable<string> Marked(string text) =>
        Enumerable.Range(0, Templates.Count).Where(Mark(text).ElementAt).Select(i => Templates[i].Text).Distinct();

    [Fact]
    public void Should_Mark_The_Part_Whole_Templates_When_A_Sample_Sentence_Names_A_Core_Component()
    {
        var marked = Marked("\uE000的核心是\uE001,即在逐层下采样和上采样的过程中添加了额外的连接。").ToList();

        Assert.Contains("{B}的?([两二三四五六七八九几多]个)?(核心|关键|主要)?(组件|模块|组成部分|核心|关键|结构|单元)(是|为|包括|在于)…{A+}", marked);
        Assert.DoesNotContain("{B}…出自(论文|文章)?…{A}", marked);
        Assert.DoesNotContain("{A}…(优于|超过|超越|胜过|击败|好于|强于|领先于?)…{B+}", marked);
    }

    [Fact]
    public void Should_Mark_Nothing_When_A_Sentence_Holds_No_Cue_Word()
    {
        Assert.Empty(Marked("\uE000总部位于北京，员工众多。"));
    }

    [Fact]
    public void Should_Not_Mark_A_Template_When_Only_Some_Of_Its_Cues_Occur()
    {
        // 提出 is there, but not 由 or 在 before it: {B}…(是|为)?(由|在){A}(中|里)?(首次)?(提出|引入) cannot match.
        var marked = Marked("\uE000提出了\uE001。").ToList();

        Assert.DoesNotContain("{B}…(是|为)?(由|在){A}(中|里)?(首次)?(提出|引入)", marked);
        Assert.Contains("{B}…(是|为)?(由|在){A}(中|里)?(首次)?(提出|引入)", Marked("\uE000由\uE001提出。"));
    }

    [Fact]
    public void Should_Mark_Both_Forms_Of_A_Template_When_Its_Cue_Occurs()
    {
        var mayMatch = Mark("\uE000显著优于\uE001");
        var comparing = Enumerable.Range(0, Templates.Count).Where(i => Templates[i].Text.StartsWith("{A}…(优于|超过|超越|胜过|击败|好于", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, comparing.Count);
        Assert.All(comparing, i => Assert.True(mayMatch[i]));
    }

    [Theory]
    [InlineData("Our \uE000 OUTPERFORMS \uE001 on all tasks.")]
    [InlineData("\uE000 is a \u212Aind of \uE001.")]
    public void Should_Compare_Letters_As_The_Template_Pattern_Does_When_The_Case_Differs(string text)
    {
        var mayMatch = Mark(text);

        Assert.All(Enumerable.Range(0, Templates.Count), i => Assert.Equal(CuesFound(Templates[i], text), mayMatch[i]));
        Assert.Contains(mayMatch, m => m);
    }

    [Fact]
    public void Should_Agree_With_A_Regex_Search_For_The_Cues_On_Every_Sentence_Of_The_Shared_Sample()
    {
        var sentences = new DigestReader().Read([RepoPaths.SampleDigest]).Articles
            .SelectMany(a => a.Body.Split(['。', '\n', '！', '？']))
            .Where(s => s.Length > 0)
            .ToList();
        foreach (var sentence in sentences)
        {
            var mayMatch = Mark(sentence);
            for (var i = 0; i < Templates.Count; i++)
            {
                Assert.True(mayMatch[i] == CuesFound(Templates[i], sentence), $"line {Templates[i].Line} on: {sentence}");
            }
        }

        Assert.True(sentences.Count > 100);
    }

    [Fact]
    public void Should_Mark_An_Uncued_Template_On_Any_Sentence()
    {
        var uncued = new RelationTemplate(RelationType.Uses, "{A}(是|用)?{B}", new Regex("x"), 0.5, 1);
        var index = new TemplateCueIndex([Templates[0], uncued]);
        var mayMatch = new bool[2];

        index.Mark("没有线索", mayMatch);

        Assert.Equal([false, true], mayMatch);
    }

    /// <summary>Whether a regex search with the template's options finds each of its cues.</summary>
    private static bool CuesFound(RelationTemplate template, string text) =>
        template.Cues.All(piece => Regex.IsMatch(text, "(?:" + string.Join('|', piece) + ")", RelationTemplateTable.Options));
}
