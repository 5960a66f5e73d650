using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A work said to build on something only by an anaphor (<c>basis-anaphors.txt</c>: <c>在此基础上</c>, <c>在其基础上</c>,
/// <c>对其做了多项改进</c>) builds on the work the sentence before told of: in <c>YOLOv1把检测看作回归问题。YOLOv2在此基础上引入了锚框</c>
/// YOLOv2 builds on YOLOv1. The work that builds is the method or model the sentence names before the cue, else the one right
/// after it (<c>在此基础上，YOLOv2引入了…</c>); the basis is the topic told before the cue: the first method or model of the
/// sentence's first clause when the cue stands in a later one, else of the sentence before's. The templates cannot read this:
/// an anaphor they take stands for a name of its own sentence first, which here is the work that builds.
/// </summary>
/// <param name="cues">What says a work builds on another it does not name.</param>
public sealed class AnaphoricBasisFinder(ListCues cues) : IExtractionStage
{
    /// <summary>As sure as a narrative's next step (<see cref="SuccessorFinder"/>): the basis is inferred from the sentence before.</summary>
    private const double Confidence = 0.6;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (var match in cues.MatchesIn(context.Body))
        {
            if (context.SentenceAt(match.Index) is not { } sentence
                || Builder(context, sentence, match.Index, match.Index + match.Length) is not { } builder
                || Basis(context, sentence, match.Index, builder) is not { } basis
                || context.Relations.Exists(r => r.SourceKey == builder.Key && r.TargetKey == basis.Key && r.Type == RelationType.BuildsOn))
            {
                continue;
            }

            context.Relations.Add(new LocalRelation(builder.Key, RelationType.BuildsOn, basis.Key, new Evidence(context.Article.Id, sentence.Text, match.Value), Confidence));
        }
    }

    /// <summary>
    /// The work the sentence names last before the cue in the cue's clause, else the one right after the cue and its comma
    /// (<c>在此基础上，YOLOv2引入了…</c>); not one a verb takes (<c>在此基础上提出RemoteDescriber</c>: a summary's method built on
    /// the finding the sentence before told, not on a work).
    /// </summary>
    private static LocalEntity? Builder(ArticleContext context, Sentence sentence, int cueStart, int cueEnd)
    {
        var clauseStart = sentence.Start + sentence.Text.AsSpan(0, cueStart - sentence.Start).LastIndexOfAny(RelationTemplateTable.ClauseBreaks) + 1;
        if (CuedLists.WorksIn(context, clauseStart, cueStart).LastOrDefault().Entity is { } named)
        {
            return named;
        }

        var next = cueEnd;
        while (next < sentence.End && context.Body[next] is '，' or ',' or ' ')
        {
            next++;
        }

        var after = CuedLists.WorksIn(context, next, sentence.End).FirstOrDefault();
        return after.Entity is not null && after.Mention.Start == next ? after.Entity : null;
    }

    /// <summary>
    /// The topic the cue's clause goes on from, other than the builder: the first work of the sentence's first clause when the cue
    /// stands in a later one (<c>IPVRM通过…解决了…问题，DistRL在此基础上实现了…</c>), else of the sentence before's first clause
    /// (<c>YOLOv1把检测看作回归问题。</c>).
    /// </summary>
    private static LocalEntity? Basis(ArticleContext context, Sentence sentence, int cueStart, LocalEntity builder)
    {
        var own = FirstClauseEnd(context, sentence) < cueStart ? Topic(context, sentence, builder) : null;
        return own ?? (sentence.Index > 0 ? Topic(context, context.Sentences[sentence.Index - 1], builder) : null);
    }

    /// <summary>The first work of the sentence's first clause, unless it is the builder.</summary>
    private static LocalEntity? Topic(ArticleContext context, Sentence sentence, LocalEntity builder)
    {
        var opening = sentence.Start + ListNumbers.ContentStart(sentence.Text);
        var topic = CuedLists.WorksIn(context, opening, FirstClauseEnd(context, sentence)).FirstOrDefault().Entity;
        return topic is not null && topic.Key != builder.Key ? topic : null;
    }

    /// <summary>Where the first clause of a sentence ends.</summary>
    private static int FirstClauseEnd(ArticleContext context, Sentence sentence)
    {
        var opening = sentence.Start + ListNumbers.ContentStart(sentence.Text);
        var clause = context.Body.AsSpan(opening, sentence.End - opening).IndexOfAny(RelationTemplateTable.ClauseBreaks + "。");
        return clause < 0 ? sentence.End : opening + clause;
    }
}
