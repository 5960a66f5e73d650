using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class TemplateMatchesTests
{
    private static readonly IReadOnlyList<RelationTemplate> Templates = PipelineRun.Knowledge.Templates;
    private static readonly TemplateCueIndex Cues = new(Templates);

    /// <summary>The first-character lookaheads the table adds; without them a pattern is the plain template.</summary>
    private static readonly Regex Guard = new(@"\(\?=\[(?:\\u[0-9A-F]{4}(?:-\\u[0-9A-F]{4})?)+\]\)");

    /// <summary>Each template's pattern without the guards, matched by scanning: the plain regex path.</summary>
    private static readonly Regex[] Plain = Templates.Select(t => new Regex(Guard.Replace(t.Pattern.ToString(), string.Empty), t.Pattern.Options)).ToArray();

    [Fact]
    public void Should_Find_The_Plain_Scans_Matches_When_Run_On_The_Marked_Sentences_Of_The_Shared_Sample_And_Corpus()
    {
        var sentences = 0;
        var matched = 0;
        foreach (var body in SharedTexts.Bodies)
        {
            foreach (var text in MarkedSentences.Of(body).Select(m => m.Marked.Text))
            {
                sentences++;
                var mayMatch = new bool[Templates.Count];
                var cuesAt = new List<(int Slot, int At)>();
                Cues.Mark(text, mayMatch, cuesAt);
                for (var i = 0; i < Templates.Count; i++)
                {
                    var plain = Describe(Scan(Plain[i], text));
                    if (!mayMatch[i])
                    {
                        Assert.True(plain.Count == 0, $"line {Templates[i].Line} matches without its cues: {text}");
                        continue;
                    }

                    var fast = new List<Match>();
                    TemplateMatches.Find(Templates[i], text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cuesAt), Cues.FirstSlot(i), fast);
                    Assert.True(plain.SequenceEqual(Describe(fast)), $"line {Templates[i].Line} on: {text}");
                    matched += plain.Count;
                }
            }
        }

        Assert.True(sentences > 10_000, $"{sentences} sentences");
        Assert.True(matched > 5_000, $"{matched} matches");
    }

    [Fact]
    public void Should_Try_Only_Near_The_Cue_Or_At_Clause_Starts_When_The_Shipped_Templates_Allow_It()
    {
        Assert.All(Templates, t => Assert.NotNull(t.Starts.Anchored));
        var compared = Templates.First(t => t.Text.StartsWith("{A}…(优于", StringComparison.Ordinal));

        Assert.Equal(11 + TemplateReach.GapLength, compared.Starts.CueReach);
        Assert.Contains(Templates, t => t.Text == compared.Text && t.Starts.AtClauseStart);
    }

    [Fact]
    public void Should_Bound_A_Dropped_Subject_Forms_Cue_By_What_Its_Text_Before_The_Cue_Takes_When_Its_Cue_Opens_The_Form()
    {
        // 优于 opens the form; the lead before it is bounded where the clause is read (DroppedSubjectLead.LongestAt).
        var compared = Templates.First(t => t.Text.StartsWith("{A}…(优于", StringComparison.Ordinal) && t.Starts.AtClauseStart);
        var introducing = Templates.First(t => t.Text.StartsWith("{A}…(首次", StringComparison.Ordinal) && t.Starts.AtClauseStart);

        Assert.Equal(0, compared.Starts.CueReach);
        Assert.Equal(2, introducing.Starts.CueReach);
        Assert.All(Templates.Where(t => t.Starts.AtClauseStart), t => Assert.NotNull(t.Starts.CueReach));
    }

    [Theory]
    [InlineData("\uE000在\uE001上， 并且有效地优于\uE002", 1)]
    [InlineData("\uE000在\uE001上，在大多数设置中都优于\uE002", 0)]
    [InlineData("\uE000在\uE001上，预训练过程中，基于此有效地优于\uE002", 1)]
    [InlineData("\uE000在\uE001上，实验中仍优于\uE002", 1)]
    [InlineData("2) 显著优于\uE000", 1)]
    [InlineData("２）显著优于\uE000", 1)]
    public void Should_Match_A_Dropped_Subject_Only_When_Its_Cue_Is_Near_The_Clause_Start(string escaped, int expected)
    {
        var text = Regex.Unescape(escaped);
        var position = Enumerable.Range(0, Templates.Count)
            .First(i => Templates[i].Text.StartsWith("{A}…(优于", StringComparison.Ordinal) && Templates[i].Starts.AtClauseStart);
        var mayMatch = new bool[Templates.Count];
        var cuesAt = new List<(int Slot, int At)>();
        Cues.Mark(text, mayMatch, cuesAt);
        var fast = new List<Match>();

        TemplateMatches.Find(Templates[position], text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cuesAt), Cues.FirstSlot(position), fast);

        Assert.Equal(expected, fast.Count);
        Assert.Equal(Describe(Scan(Templates[position].Pattern, text)), Describe(fast));
    }

    [Theory]
    [InlineData("\uE000显著优于\uE001和\uE002，而\uE003优于\uE004。")]
    [InlineData("我们提出了\uE000，并在\uE001上进行了实验。")]
    [InlineData("与\uE000相比，\uE001在\uE002等多个数据集上取得了更好的效果")]
    public void Should_Find_The_Plain_Scans_Matches_When_Cues_Repeat_And_Clauses_Restart(string text)
    {
        var mayMatch = new bool[Templates.Count];
        var cuesAt = new List<(int Slot, int At)>();
        Cues.Mark(text, mayMatch, cuesAt);
        var found = 0;
        for (var i = 0; i < Templates.Count; i++)
        {
            var fast = new List<Match>();
            if (mayMatch[i])
            {
                TemplateMatches.Find(Templates[i], text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cuesAt), Cues.FirstSlot(i), fast);
            }

            Assert.Equal(Describe(Scan(Plain[i], text)), Describe(fast));
            found += fast.Count;
        }

        Assert.True(found > 0);
    }

    private static List<Match> Scan(Regex pattern, string text)
    {
        var matches = new List<Match>();
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            matches.Add(match);
        }

        return matches;
    }

    private static List<string> Describe(List<Match> matches) =>
        matches.Select(m => $"{m.Index}+{m.Length} A{Span(m.Groups["A"])} B{Span(m.Groups["B"])}").ToList();

    private static string Span(Group group) => group.Success ? $"{group.Index}+{group.Length}" : "-";
}
