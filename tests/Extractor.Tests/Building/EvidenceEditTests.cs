using Digest.Extractor.Building;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Building;

public sealed class EvidenceEditTests
{
    private static readonly Evidence Old = new("article:a", "旧句。", "基于");

    private static readonly Evidence Other = new("article:b", "别的句子。", "基于");

    private static Relation With(double confidence, params Evidence[] pieces) =>
        new("method:x", RelationType.BuildsOn, "method:y", EquatableArray<Evidence>.From(pieces), confidence);

    private static EvidenceEdit Edit(Evidence[] before, Evidence[] after, double beforeConfidence, double? afterConfidence) =>
        new(0, "article:a", EquatableArray<Evidence>.From(before), EquatableArray<Evidence>.From(after), beforeConfidence, afterConfidence);

    [Fact]
    public void Should_Replace_The_Articles_Run_Of_Evidence_And_Not_Apply_Where_It_Is_Not_What_It_Replaces()
    {
        var edit = Edit([Old], [Old with { Sentence = "新句。" }], 0.9, 0.9);

        Assert.True(edit.TryApply(With(0.9, Other, Old), out var applied));
        Assert.Equal(With(0.9, Other, Old with { Sentence = "新句。" }), applied);
        Assert.False(edit.TryApply(With(0.9, Other), out _));
        Assert.False(edit.TryApply(With(0.9, Old with { Sentence = "另一句。" }, Other), out _));
        Assert.False(edit.TryApply(With(0.9, Old, Other, Old with { Sentence = "另一句。" }), out _));
        Assert.False(edit.TryApply(With(0.8, Other, Old), out _));
    }

    [Fact]
    public void Should_Take_The_Highest_Confidence_When_The_Record_Tells_It()
    {
        // Raised: the article's is the highest now.
        Assert.True(Edit([Old], [Old], 0.6, 0.95).TryApply(With(0.9, Other, Old), out var raised));
        Assert.Equal(0.95, raised.Confidence);

        // Lowered below another article's highest: that one stays.
        Assert.True(Edit([Old], [Old], 0.6, 0.5).TryApply(With(0.9, Other, Old), out var kept));
        Assert.Equal(0.9, kept.Confidence);

        // Lowered where the article held the highest: the next one is not in the record.
        Assert.False(Edit([Old], [Old], 0.9, 0.5).TryApply(With(0.9, Other, Old), out _));

        // Lowered where the article alone gives the relationship anything: its new highest is the relationship's.
        Assert.True(Edit([Old], [Old], 0.9, 0.5).TryApply(With(0.9, Old), out var alone));
        Assert.Equal(0.5, alone.Confidence);
        Assert.True(Edit([Old], [Old, Old with { Sentence = "新句。" }], 0.9, 0.7).TryApply(With(0.9, Old), out var reworded));
        Assert.Equal(With(0.7, Old, Old with { Sentence = "新句。" }), reworded);
    }

    [Fact]
    public void Should_Drop_The_Articles_Evidence_Only_While_Another_Article_Keeps_The_Relationship()
    {
        Assert.True(Edit([Old], [], 0.6, null).TryApply(With(0.9, Other, Old), out var left));
        Assert.Equal(With(0.9, Other), left);
        Assert.False(Edit([Old], [], 0.9, null).TryApply(With(0.9, Other, Old), out _));
        Assert.False(Edit([Old], [], 0.9, null).TryApply(With(0.9, Old), out _));
    }
}
