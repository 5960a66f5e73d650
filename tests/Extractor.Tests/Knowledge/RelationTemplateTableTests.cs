using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;
using Digest.Extractor.Tests.Stages;

namespace Digest.Extractor.Tests.Knowledge;

public sealed class RelationTemplateTableTests
{
    [Fact]
    public void Should_Capture_Only_The_Source_And_The_Target_When_Compiling_The_Shipped_Templates() =>
        Assert.All(PipelineRun.Knowledge.Templates, t => Assert.Subset(new HashSet<string> { "0", "A", "B" }, t.Pattern.GetGroupNames().ToHashSet()));

    [Theory]
    [InlineData("\uE000采用\uE001", true)]
    [InlineData("\uE000采用了一种\uE001", true)]
    [InlineData("\uE000提及\uE001", false)]
    public void Should_Keep_An_Optional_Group_Optional_When_Guarding_Its_Alternatives(string sentence, bool matches)
    {
        var templates = RelationTemplateTable.Parse("test.tsv", new StringReader("USES\t{A}(采用|使用)了?(一种|一个)?{B}\t0.8\n"), PipelineRun.Knowledge.References);
        var pattern = templates[0].Pattern;

        Assert.Contains(@"((?=[\u4E00])(?:一种|一个))?", pattern.ToString(), StringComparison.Ordinal);
        Assert.Equal(matches, pattern.IsMatch(sentence));
    }

    [Fact]
    public void Should_Give_A_Template_Whose_Subject_Must_Be_Named_Only_A_Dropped_Subject_Form_That_Continues_The_Sentences_Opening()
    {
        var templates = RelationTemplateTable.Parse("test.tsv", new StringReader("USES\t{A}…引入{B}\t0.6\nUSES\t{A}…引入{B}\t0.6\tnamed\n"), PipelineRun.Knowledge.References);

        // The first line gives its template and its dropped-subject form; the named one gives its template and a dropped form
        // whose subject is the name the sentence opens with.
        Assert.Equal(
            [(false, false, false), (false, true, false), (true, false, false), (false, true, true)],
            templates.Select(t => (t.NamedSubject, t.Starts.AtClauseStart, t.ContinuedSubject)));
    }

    [Fact]
    public void Should_Mark_Both_Forms_Of_A_Template_Whose_Dropped_Subject_Is_The_Whole()
    {
        var templates = RelationTemplateTable.Parse("test.tsv", new StringReader("USES\t{A}的?编码器选用…{B}\t0.6\twhole\n"), PipelineRun.Knowledge.References);

        Assert.Equal([(true, false, false), (true, false, true)], templates.Select(t => (t.WholeSubject, t.NamedSubject, t.Starts.AtClauseStart)));
    }

    [Fact]
    public void Should_Give_An_Apposition_Template_Anywhere_Its_Name_Stands_One_Form_That_Needs_A_Named_Source()
    {
        var templates = RelationTemplateTable.Parse("test.tsv", new StringReader("APPLIED_TO\t{B}模型{A+}\t0.6\tapposition\n"), PipelineRun.Knowledge.References);

        Assert.Equal([(true, true, false)], templates.Select(t => (t.Apposition, t.NamedSubject, t.Starts.AtClauseStart)));
    }

    [Fact]
    public void Should_Narrow_The_Targets_Of_Both_Forms_To_The_Types_A_To_Option_Lists()
    {
        var templates = RelationTemplateTable.Parse("test.tsv", new StringReader("USES\t{A}…在{B}上训练\t0.6\tto:Tool|Model\n"), PipelineRun.Knowledge.References);

        Assert.All(templates, t => Assert.Equal([EntityType.Model, EntityType.Tool], t.TargetTypes!.Order()));
        Assert.Equal(2, templates.Count);
    }

    [Fact]
    public void Should_Read_A_Subject_Mode_And_A_To_Option_Together()
    {
        var templates = RelationTemplateTable.Parse("test.tsv", new StringReader("USES\t{A}…在{B}上训练\t0.6\tnamed to:Tool\n"), PipelineRun.Knowledge.References);

        Assert.Equal([(true, true), (false, true)], templates.Select(t => (t.NamedSubject, t.TargetTypes!.SetEquals([EntityType.Tool]))));
    }

    [Theory]
    [InlineData("USES\t{A}…引入{B}\t0.6\tto:Gadget\n")]
    [InlineData("USES\t{A}…引入{B}\t0.6\tto:Tool to:Model\n")]
    [InlineData("USES\t{A}…引入{B}\t0.6\tnamed whole\n")]
    public void Should_Name_The_Line_Of_An_Unknown_Type_Or_A_Repeated_Option(string line)
    {
        var error = Assert.Throws<DigestInputException>(() => RelationTemplateTable.Parse("test.tsv", new StringReader(line), PipelineRun.Knowledge.References));

        Assert.Contains("test.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("to:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USES\t{A}…引入{B}\t0.6\tnamd\n")]
    [InlineData("USES\t在{B}上引入{A}\t0.6\tnamed\n")]
    [InlineData("APPLIED_TO\t{B}模型\t0.6\tapposition\n")]
    public void Should_Name_The_Line_When_A_Fourth_Field_Is_Not_Named_After_A_Template_Starting_With_A(string line)
    {
        var error = Assert.Throws<DigestInputException>(() => RelationTemplateTable.Parse("test.tsv", new StringReader(line), PipelineRun.Knowledge.References));

        Assert.Contains("test.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("named", error.Message, StringComparison.Ordinal);
    }
}
