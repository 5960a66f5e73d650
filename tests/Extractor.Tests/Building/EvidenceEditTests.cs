using Digest.Extractor.Building;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Reading;
using Digest.Tests.Shared;

namespace Digest.Extractor.Tests.Building;

public sealed class EvidenceEditTests
{
    private static readonly Lazy<IReadOnlyList<MergeInput>> SampleInputs = new(() =>
        DefaultPipeline.Create(ExtractorKnowledge.Load()).ExtractAll(new DigestReader().Read([RepoPaths.SampleDigest]).Articles).Select(MergeInput.Of).ToList());

    private static (KnowledgeGraphData Graph, RelationPlaces Places) Merge(IEnumerable<MergeInput> inputs)
    {
        var builder = new GraphBuilder();
        foreach (var input in inputs)
        {
            builder.Add(input);
        }

        return (builder.Build(), builder.Places);
    }

    /// <summary>The input with each relation's sentence rewritten (the cue, ends, type and confidence kept).</summary>
    private static MergeInput Reworded(MergeInput input, Func<int, string, string> reword) =>
        new(input.Article, input.Entities, [.. input.Relations.Select((r, i) => r with { Evidence = r.Evidence with { Sentence = reword(i, r.Evidence.Sentence) } })]);

    public static TheoryData<string> Rewordings => new("clause", "first only", "all alike");

    private static Func<int, string, string> Rewording(string name) => name switch
    {
        "clause" => (_, sentence) => sentence.TrimEnd('。') + "，详见原文。",
        "first only" => (i, sentence) => i == 0 ? "改写后的句子。" : sentence,
        _ => (_, _) => "同一句话。",
    };

    [Theory]
    [MemberData(nameof(Rewordings))]
    public void Should_Give_The_Graph_A_Merge_Of_The_Edited_Inputs_Gives_When_Any_Shared_Sample_Article_Rewords_Its_Evidence(string rewording)
    {
        var inputs = SampleInputs.Value;
        var (graph, places) = Merge(inputs);
        var articlesWithRelations = 0;
        for (var a = 0; a < inputs.Count; a++)
        {
            if (inputs[a].Relations.Length == 0)
            {
                continue;
            }

            articlesWithRelations++;
            var edited = Reworded(inputs[a], Rewording(rewording));
            var expected = Merge(inputs.Select((input, i) => i == a ? edited : input)).Graph;

            var edits = EvidenceEdit.Between(inputs[a], edited, places.Of(a));

            Assert.NotNull(edits);
            Assert.NotEmpty(edits);
            var relations = graph.Relations.ToArray();
            foreach (var edit in edits)
            {
                Assert.True(edit.TryApply(relations[edit.Relation], out relations[edit.Relation]));
            }

            Assert.Equal(expected, graph with { Relations = EquatableArray<Relation>.From(relations) });
        }

        Assert.True(articlesWithRelations >= 5, "the sample should have several articles with relations");
    }

    [Fact]
    public void Should_Give_No_Edits_When_A_Shared_Sample_Article_Gives_The_Merge_What_It_Gave()
    {
        var input = SampleInputs.Value.First(i => i.Relations.Length > 0);
        var places = Merge(SampleInputs.Value).Places.Of(SampleInputs.Value.ToList().IndexOf(input));

        Assert.Empty(EvidenceEdit.Between(input, Reworded(input, (_, sentence) => sentence), places)!);
    }

    public static TheoryData<string> OtherChanges => new("title", "entity", "mention count", "relation type", "relation end", "cue", "confidence", "relation added");

    [Theory]
    [MemberData(nameof(OtherChanges))]
    public void Should_Refuse_An_Edit_That_Changes_More_Than_The_Wording_Of_A_Shared_Sample_Articles_Evidence(string change)
    {
        var index = SampleInputs.Value.ToList().FindIndex(i => i.Relations.Length > 0);
        var input = SampleInputs.Value[index];
        var places = Merge(SampleInputs.Value).Places.Of(index);
        var relations = input.Relations.ToArray();
        var entities = input.Entities.ToArray();
        var article = input.Article;
        switch (change)
        {
            case "title":
                article = article with { Title = article.Title + "（修订）" };
                break;
            case "entity":
                entities[0] = entities[0] with { Name = entities[0].Name + "X" };
                break;
            case "mention count":
                entities[0] = entities[0] with { MentionCount = entities[0].MentionCount + 1 };
                break;
            case "relation type":
                relations[0] = relations[0] with { Type = relations[0].Type == RelationType.Uses ? RelationType.BuildsOn : RelationType.Uses };
                break;
            case "relation end":
                relations[0] = relations[0] with { TargetKey = relations[0].SourceKey };
                break;
            case "cue":
                relations[0] = relations[0] with { Evidence = relations[0].Evidence with { Cue = relations[0].Evidence.Cue + "x" } };
                break;
            case "confidence":
                relations[0] = relations[0] with { Confidence = relations[0].Confidence / 2 };
                break;
            default:
                relations = [.. relations, relations[0]];
                break;
        }

        Assert.Null(EvidenceEdit.Between(input, new MergeInput(article, entities, relations), places));
    }

    [Fact]
    public void Should_Not_Apply_To_A_Relationship_Whose_Evidence_From_The_Article_Is_Not_What_It_Replaces()
    {
        var evidence = new Evidence("article:a", "旧句。", "基于");
        var other = new Evidence("article:b", "别的句子。", "基于");
        var edit = new EvidenceEdit(0, "article:a", EquatableArray<Evidence>.From([evidence]), EquatableArray<Evidence>.From([evidence with { Sentence = "新句。" }]));
        Relation With(params Evidence[] pieces) => new("method:x", RelationType.BuildsOn, "method:y", EquatableArray<Evidence>.From(pieces), 0.9);

        Assert.True(edit.TryApply(With(other, evidence), out var applied));
        Assert.Equal(With(other, evidence with { Sentence = "新句。" }), applied);
        Assert.False(edit.TryApply(With(other), out _));
        Assert.False(edit.TryApply(With(evidence with { Sentence = "另一句。" }, other), out _));
        Assert.False(edit.TryApply(With(evidence, other, evidence with { Sentence = "另一句。" }), out _));
    }
}
