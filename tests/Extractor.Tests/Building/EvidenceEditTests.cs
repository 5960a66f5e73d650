using Digest.Extractor.Building;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Building;

public sealed class EvidenceEditTests
{
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
