using Digest.Extractor.Caching;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;

namespace Digest.Extractor.Tests.Caching;

public sealed class LexiconChangeTests
{
    private static readonly LexiconChange SkipTuningAdded = LexiconSnapshot.Between(
        LexiconSnapshot.Of(Lexicon.Empty),
        LexiconSnapshot.Of(Lexicon.From(Lexicon.Parse("terms.tsv", new StringReader("Skip-Tuning\tMethod\t跳跃微调\nLLM\tConcept\n")))));

    private static Article Article(string title, string body) => new("article:a", title, "AI", "d.txt", 1, body, false);

    [Theory]
    [InlineData("作者 A 本文提出 Skip Tuning，一种无需训练的方法。")]
    [InlineData("作者 A 本文提出SKIP-TUNING方法。")]
    [InlineData("作者 A 我们提出跳跃微调。")]
    [InlineData("作者 A 现有 LLMs 推理成本高。")]
    public void Should_Reach_An_Article_Whose_Body_Names_A_Changed_Entry_In_Any_Spelling_Its_Key_Allows(string body)
    {
        Assert.True(SkipTuningAdded.Reaches(Article("A Study", body)));
    }

    [Fact]
    public void Should_Reach_An_Article_That_Names_A_Changed_Entry_Only_In_Its_Title()
    {
        Assert.True(SkipTuningAdded.Reaches(Article("Skip Tuning for Vision-Language Models", "作者 A 本文研究视觉语言模型的微调。")));
    }

    [Fact]
    public void Should_Reach_An_Article_Where_Normalisation_Joins_Characters_Whatever_The_Change()
    {
        // "Skip" + U+0301 keys as "skiṕ" in the whole body, but a piece ending before the accent (a Latin name) keys as "skip";
        // the precomposed "ṕ" has no such piece.
        var changed = LexiconSnapshot.Between(
            LexiconSnapshot.Of(Lexicon.Empty),
            LexiconSnapshot.Of(Lexicon.From(Lexicon.Parse("terms.tsv", new StringReader("Skip\tMethod\n")))));

        Assert.True(changed.Reaches(Article("A Study", "作者 A 本文提出 Skip\u0301 Tuning。")));
        Assert.False(changed.Reaches(Article("A Study", "作者 A 本文提出 Ski\u1E55 Tuning。")));
    }

    [Fact]
    public void Should_Not_Reach_An_Article_That_Names_No_Changed_Entry()
    {
        Assert.False(SkipTuningAdded.Reaches(Article("Rotary Embeddings", "作者 A 本文研究 RoPE 的长度外推与微调。")));
        Assert.False(LexiconChange.None.Reaches(Article("Skip Tuning", "Skip Tuning")));
    }
}
