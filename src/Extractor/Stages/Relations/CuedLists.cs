using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Links an article's work to every name of a list a cue opens (<see cref="ListCues"/>), however the list is grouped: each
/// entity of the members' types named from the cue to the sentence's end, past the class nouns, descriptions and commas
/// between them (<c>统计方法ARIMA和ETS,深度学习方法DeepAR</c>, <c>服务器监控数据集SMD、来自NASA的航天器数据集MSL</c>). A name inside
/// <c>基于…的</c> (or <c>源自…的</c>) is what a member is based on, not one (<c>基于GPT-3和LLaMA-2做零样本预测的llmtime</c>).
/// </summary>
internal static class CuedLists
{
    /// <summary>What opens a phrase whose names are a member's basis or origin, up to the 的 that closes it (<c>源自MobileNetV2的倒残差块</c>).</summary>
    private static readonly string[] Bases = ["基于", "源自", "来自", "出自"];

    /// <summary>Adds a relation from the work to each member of each list the cues open.</summary>
    /// <param name="context">The article.</param>
    /// <param name="cues">What opens a list.</param>
    /// <param name="relation">What the work is to each member.</param>
    /// <param name="isMember">Whether an entity of a type is a member.</param>
    /// <param name="confidence">The relations' confidence.</param>
    public static void Link(ArticleContext context, ListCues cues, RelationType relation, Func<EntityType, bool> isMember, double confidence)
    {
        foreach (var match in cues.MatchesIn(context.Body))
        {
            if (context.SentenceAt(match.Index) is not { } sentence || Work(context, sentence, match.Index, match.Index + match.Length) is not { } work)
            {
                continue;
            }

            var evidence = new Evidence(context.Article.Id, sentence.Text, match.Value);
            foreach (var member in Members(context, isMember, match.Index + match.Length, sentence.End))
            {
                if (member.Key != work.Key && !context.Relations.Exists(r => r.Type == relation && r.SourceKey == work.Key && r.TargetKey == member.Key))
                {
                    context.Relations.Add(new LocalRelation(work.Key, relation, member.Key, evidence, confidence));
                }
            }
        }
    }

    /// <summary>
    /// Whose list it is: the article's main method or model, else the one the sentence opens with, else the last one the cue
    /// names (<c>在六个基准上评估了Anomaly Transformer，包括</c>).
    /// </summary>
    private static LocalEntity? Work(ArticleContext context, Sentence sentence, int cueStart, int cueEnd)
    {
        if (context.Entities.Find(e => e.Key == context.MainEntityKey) is { Type: EntityType.Method or EntityType.Model } main)
        {
            return main;
        }

        var before = context.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
            .Where(p => p.Mention.SentenceIndex == sentence.Index && p.Mention.Start < cueEnd)
            .OrderBy(p => p.Mention.Start)
            .ToList();
        if (before.FirstOrDefault() is { Entity.Type: EntityType.Method or EntityType.Model } opening && opening.Mention.Start < cueStart
            && context.Body.AsSpan(sentence.Start, opening.Mention.Start - sentence.Start).IsWhiteSpace())
        {
            return opening.Entity;
        }

        return before.LastOrDefault(p => p.Mention.Start >= cueStart && p.Entity.Type is EntityType.Method or EntityType.Model).Entity;
    }

    /// <summary>The members named between the cue and the sentence's end, in order, but for the bases of others.</summary>
    private static IEnumerable<LocalEntity> Members(ArticleContext context, Func<EntityType, bool> isMember, int from, int to)
    {
        var body = context.Body;
        return MentionsIn(context, from, to)
            .Where(p => isMember(p.Entity.Type) && !InBasis(body, from, p.Mention.Start))
            .Select(p => p.Entity)
            .Distinct();
    }

    /// <summary>The mentions wholly between two offsets of the body, in order, each with its entity.</summary>
    /// <param name="context">The article.</param>
    /// <param name="from">The first offset.</param>
    /// <param name="to">The offset past the last.</param>
    internal static IEnumerable<(LocalEntity Entity, Mention Mention)> MentionsIn(ArticleContext context, int from, int to) =>
        context.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
            .Where(p => p.Mention.Start >= from && p.Mention.End <= to)
            .OrderBy(p => p.Mention.Start);

    /// <summary>The mentions of methods and models wholly between two offsets of the body, in order, each with its entity.</summary>
    /// <param name="context">The article.</param>
    /// <param name="from">The first offset.</param>
    /// <param name="to">The offset past the last.</param>
    internal static IEnumerable<(LocalEntity Entity, Mention Mention)> WorksIn(ArticleContext context, int from, int to) =>
        MentionsIn(context, from, to).Where(p => p.Entity.Type is EntityType.Method or EntityType.Model);

    /// <summary>Whether a 基于 (or 源自) before <paramref name="at"/>, after <paramref name="from"/>, is not yet closed by a 的: a name there is what another is based on.</summary>
    /// <param name="body">The text.</param>
    /// <param name="from">Where the phrase to look in starts.</param>
    /// <param name="at">Where the name starts.</param>
    internal static bool InBasis(string body, int from, int at)
    {
        var phrase = body.AsSpan(from, at - from);
        var basis = -1;
        foreach (var word in Bases)
        {
            basis = Math.Max(basis, phrase.LastIndexOf(word, StringComparison.Ordinal));
        }

        return basis >= 0 && phrase[basis..].IndexOf('的') < 0;
    }
}
