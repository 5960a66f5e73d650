using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A narrative's next step builds on the step before: in <c>研究人员提出了位置内插(Position Interpolation)…。后来，
/// NTK-aware Scaled RoPE 进一步改进，通过…</c> the sentence opens with a succession word (<c>succession-openers.txt</c>),
/// then a method's name and an improvement verb with no object of its own (<c>succession-verbs.txt</c>), so the method
/// builds on the last method or model named before it, a few sentences back at most (<c>然而，这种方法…</c> may stand
/// between). The relation templates cannot read this: they read one sentence, and the predecessor is named in another.
/// </summary>
/// <param name="openers">What opens such a sentence.</param>
/// <param name="verbs">What follows the successor's name.</param>
public sealed class SuccessorFinder(IReadOnlyList<string> openers, IReadOnlyList<string> verbs) : IExtractionStage
{
    /// <summary>Less than a cue that names both ends in one sentence.</summary>
    private const double Confidence = 0.6;

    private const string ClauseBreaks = "，,。；;";

    /// <summary>How many sentences back the predecessor may be named.</summary>
    private const int MaxSentencesBack = 3;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        for (var i = 1; i < context.Sentences.Count; i++)
        {
            var sentence = context.Sentences[i];
            var text = sentence.Text.AsSpan();
            var at = ListNumbers.ContentStart(sentence.Text);
            if (OpeningWords.Find(text[at..], openers) is not { } opener)
            {
                continue;
            }

            at += text[at..].IndexOf(opener, StringComparison.Ordinal) + opener.Length;
            while (at < text.Length && text[at] is '，' or ',' or ' ')
            {
                at++;
            }

            if (Named(context, sentence.Start + at) is not ({ } successor, { } surface)
                || OpeningWords.Find(text[(at + surface.Length)..], verbs) is not { } verb)
            {
                continue;
            }

            var verbEnd = at + surface.Length + text[(at + surface.Length)..].IndexOf(verb, StringComparison.Ordinal) + verb.Length;
            if ((verbEnd < text.Length && !ClauseBreaks.Contains(text[verbEnd])) || Predecessor(context, i, successor) is not { } predecessor)
            {
                continue;
            }

            var cue = sentence.Text[..verbEnd].TrimStart();
            context.Relations.Add(new LocalRelation(successor.Key, RelationType.BuildsOn, predecessor.Key, new Evidence(context.Article.Id, sentence.Text, cue), Confidence));
        }
    }

    /// <summary>The method or model named at an offset of the body, with the name as written there.</summary>
    private static (LocalEntity Entity, string Surface)? Named(ArticleContext context, int start)
    {
        foreach (var entity in context.Entities)
        {
            if (entity.Type is EntityType.Method or EntityType.Model
                && entity.Mentions.AsImmutableArray().FirstOrDefault(m => m.Start == start) is { } mention)
            {
                return (entity, mention.Surface);
            }
        }

        return null;
    }

    /// <summary>The method or model, other than <paramref name="successor"/>, named last in the nearest of the few sentences before.</summary>
    private static LocalEntity? Predecessor(ArticleContext context, int sentenceIndex, LocalEntity successor)
    {
        for (var back = sentenceIndex - 1; back >= Math.Max(0, sentenceIndex - MaxSentencesBack); back--)
        {
            if (LastNamed(context, back, successor) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>The method or model, other than <paramref name="successor"/>, whose mention comes last in a sentence.</summary>
    private static LocalEntity? LastNamed(ArticleContext context, int sentenceIndex, LocalEntity successor)
    {
        LocalEntity? last = null;
        var lastStart = -1;
        foreach (var entity in context.Entities)
        {
            if (entity.Key == successor.Key || entity.Type is not (EntityType.Method or EntityType.Model))
            {
                continue;
            }

            foreach (var mention in entity.Mentions.AsImmutableArray())
            {
                if (mention.SentenceIndex == sentenceIndex && mention.Start > lastStart)
                {
                    (last, lastStart) = (entity, mention.Start);
                }
            }
        }

        return last;
    }
}
