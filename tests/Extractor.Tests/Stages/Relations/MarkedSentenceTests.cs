using Digest.Extractor.Knowledge;

namespace Digest.Extractor.Tests.Stages.Relations;

public sealed class MarkedSentenceTests
{
    [Fact]
    public void Should_Give_Back_The_Name_Or_Text_Behind_Each_Marked_Character_When_Run_On_The_Shared_Sample_And_Corpus()
    {
        var markers = 0;
        foreach (var body in SharedTexts.Bodies.Take(500))
        {
            foreach (var (sentence, marked) in MarkedSentences.Of(body))
            {
                // The marked characters stand for consecutive pieces of the original: a plain character
                // for itself, a marker for a mention of its entity.
                var end = 0;
                for (var at = 0; at < marked.Text.Length; at++)
                {
                    var original = marked.Original(at, 1);
                    Assert.True(string.CompareOrdinal(sentence.Text, end, original, 0, original.Length) == 0, $"{at} of: {sentence.Text}");
                    if (RelationTemplate.IsMarker(marked.Text[at]))
                    {
                        markers++;
                        // A marker takes the spaces that set its name apart from Chinese too.
                        Assert.Contains(marked.EntityOf(marked.Text[at]).Mentions, m => original.Trim(' ').StartsWith(m.Surface, StringComparison.Ordinal));
                    }
                    else
                    {
                        Assert.Equal(marked.Text[at].ToString(), original);
                    }

                    end += original.Length;
                }

                Assert.Equal(sentence.Text, marked.Original(0, marked.Text.Length));
                Assert.Equal(string.Empty, marked.Original(marked.Text.Length / 2, 0));
            }
        }

        Assert.True(markers > 1_000, $"{markers} markers");
    }

    [Fact]
    public void Should_Mark_A_Sentence_That_Spaces_Its_Names_Apart_From_Chinese_As_One_That_Does_Not()
    {
        var (_, spaced) = MarkedSentences.Of("LLaMA 用的则是 SentencePiece 的 BPE，Transformer and Mamba 都是架构。").First(m => m.Marked.Entities.Count >= 3);
        var (_, glued) = MarkedSentences.Of("LLaMA用的则是SentencePiece的BPE，Transformer and Mamba都是架构。").First(m => m.Marked.Entities.Count >= 3);

        Assert.Equal(glued.Text, spaced.Text);
        Assert.Equal("LLaMA 用的则是 SentencePiece 的 BPE，Transformer and Mamba 都是架构。", spaced.Original(0, spaced.Text.Length));
    }

    [Fact]
    public void Should_Span_From_The_First_To_The_Last_Name_When_A_Match_Covers_Several_Markers()
    {
        var (sentence, marked) = MarkedSentences.Of("我们提出了LoRA，它优于Adapter和Prefix Tuning。").First(m => m.Marked.Entities.Count >= 2);
        var first = marked.Text.IndexOf('\uE000', StringComparison.Ordinal);
        var last = marked.Text.LastIndexOfAny(['\uE000', '\uE001', '\uE002']);

        var original = marked.Original(first, last - first + 1);

        Assert.Contains(marked.EntityOf(marked.Text[first]).Mentions, m => original.StartsWith(m.Surface, StringComparison.Ordinal));
        Assert.Contains(marked.EntityOf(marked.Text[last]).Mentions, m => original.EndsWith(m.Surface, StringComparison.Ordinal));
        Assert.NotEqual(first, last);
        Assert.Contains(original, sentence.Text, StringComparison.Ordinal);
    }
}
