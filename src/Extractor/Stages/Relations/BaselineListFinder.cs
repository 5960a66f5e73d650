using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// The baselines an article lists are compared with its method, however the list is grouped: after a cue of
/// <c>baseline-lists.txt</c> (<c>对比的基线包括</c>, <c>对比的基线分为三组:</c>), every method or model named up to the sentence's end
/// (<c>统计方法ARIMA和ETS,深度学习方法DeepAR、N-BEATS、PatchTST</c>) is COMPARED_WITH the article's main method, or, when the
/// article names none, the method or model the sentence opens with. A name inside <c>基于…的</c> is what a baseline is based
/// on, not one (<c>基于GPT-3和LLaMA-2做零样本预测的llmtime</c>). The templates read only the list right after the cue.
/// </summary>
/// <param name="cues">What introduces a list of baselines.</param>
public sealed class BaselineListFinder(ListCues cues) : IExtractionStage
{
    /// <summary>As sure as the template that reads the list right after the cue.</summary>
    private const double Confidence = 0.65;

    /// <summary>What opens a phrase whose names are a baseline's basis, up to the 的 that closes it.</summary>
    private const string Basis = "基于";

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        foreach (var cue in cues.Cues)
        {
            for (var match = cue.Match(body); match.Success; match = match.NextMatch())
            {
                if (context.SentenceAt(match.Index) is not { } sentence || Compared(context, sentence, match.Index) is not { } subject)
                {
                    continue;
                }

                var evidence = new Evidence(context.Article.Id, sentence.Text, match.Value);
                foreach (var baseline in Baselines(context, match.Index + match.Length, sentence.End))
                {
                    if (baseline.Key != subject.Key && !context.Relations.Exists(r => r.Type == RelationType.ComparedWith && r.SourceKey == subject.Key && r.TargetKey == baseline.Key))
                    {
                        context.Relations.Add(new LocalRelation(subject.Key, RelationType.ComparedWith, baseline.Key, evidence, Confidence));
                    }
                }
            }
        }
    }

    /// <summary>What the baselines are compared with: the article's main method or model, else the one its sentence opens with.</summary>
    private static LocalEntity? Compared(ArticleContext context, Sentence sentence, int cueStart)
    {
        if (context.Entities.Find(e => e.Key == context.MainEntityKey) is { Type: EntityType.Method or EntityType.Model } main)
        {
            return main;
        }

        var opening = context.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
            .Where(p => p.Mention.SentenceIndex == sentence.Index && p.Mention.Start < cueStart)
            .OrderBy(p => p.Mention.Start)
            .FirstOrDefault();
        return opening.Entity is { Type: EntityType.Method or EntityType.Model } && context.Body.AsSpan(sentence.Start, opening.Mention.Start - sentence.Start).IsWhiteSpace()
            ? opening.Entity
            : null;
    }

    /// <summary>The methods and models named between the cue and the sentence's end, in order, but for the bases of others.</summary>
    private static IEnumerable<LocalEntity> Baselines(ArticleContext context, int from, int to)
    {
        var body = context.Body;
        return context.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
            .Where(p => p.Entity.Type is EntityType.Method or EntityType.Model && p.Mention.Start >= from && p.Mention.End <= to && !InBasis(body, from, p.Mention.Start))
            .OrderBy(p => p.Mention.Start)
            .Select(p => p.Entity)
            .Distinct();
    }

    /// <summary>Whether a 基于 before <paramref name="at"/>, after <paramref name="from"/>, is not yet closed by a 的.</summary>
    private static bool InBasis(string body, int from, int at)
    {
        var basis = body.AsSpan(from, at - from).LastIndexOf(Basis, StringComparison.Ordinal);
        return basis >= 0 && body.AsSpan(from + basis, at - from - basis).IndexOf('的') < 0;
    }
}
