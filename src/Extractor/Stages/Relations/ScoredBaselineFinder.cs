using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A work a sentence gives a score on a benchmark was evaluated on it, whoever the sentence is about: in
/// <c>在MBPP上,phi-1达到55.5%,比StarCoder的52.7%高2.8个点</c> StarCoder was tested on MBPP as phi-1 was, and in
/// <c>在24点游戏上，IO提示的成功率为7.3%，CoT仅为4.0%</c> both were. The templates read who a setting's clause is about; this
/// reads the scores of the others, each on the benchmark or task of the nearest setting before it whose evaluation a
/// template found in the same sentence.
/// </summary>
public sealed partial class ScoredBaselineFinder : IExtractionStage
{
    /// <summary>Less than a template's reading: the score's owner is only next to it.</summary>
    private const double Confidence = 0.55;

    /// <summary>How far after a name its score may start.</summary>
    private const int ScoreReach = 24;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var evaluated = context.Relations.Where(r => r.Type == RelationType.EvaluatedOn).ToList();
        if (evaluated.Count == 0)
        {
            return;
        }

        var entities = context.Entities.ToDictionary(e => e.Key);
        foreach (var sentence in context.Sentences)
        {
            var settings = SettingsIn(sentence, evaluated, entities);
            if (settings.Count == 0)
            {
                continue;
            }

            foreach (var entity in context.Entities)
            {
                if (entity.Type is not (EntityType.Method or EntityType.Model))
                {
                    continue;
                }

                foreach (var mention in entity.Mentions)
                {
                    if (mention.SentenceIndex == sentence.Index && Score(sentence, mention, entity.Type) is { } score
                        && NearestBefore(settings, mention.Start) is { } setting
                        && !evaluated.Exists(r => r.SourceKey == entity.Key && r.TargetKey == setting.Key && r.Evidence.Sentence == sentence.Text))
                    {
                        var evidence = new Evidence(context.Article.Id, sentence.Text, score);
                        var relation = new LocalRelation(entity.Key, RelationType.EvaluatedOn, setting.Key, evidence, Confidence);
                        context.Relations.Add(relation);
                        evaluated.Add(relation);
                    }
                }
            }
        }
    }

    /// <summary>The mentions in a sentence of the benchmarks and tasks a template found something evaluated on there, in text order.</summary>
    private static List<(LocalEntity Entity, Mention Mention)> SettingsIn(Sentence sentence, List<LocalRelation> evaluated, Dictionary<string, LocalEntity> entities)
    {
        var settings = new List<(LocalEntity Entity, Mention Mention)>();
        foreach (var key in evaluated.Where(r => r.Evidence.Sentence == sentence.Text).Select(r => r.TargetKey).Distinct())
        {
            if (entities.TryGetValue(key, out var target))
            {
                settings.AddRange(target.Mentions.AsImmutableArray().Where(m => m.SentenceIndex == sentence.Index).Select(m => (target, m)));
            }
        }

        settings.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        return settings;
    }

    /// <summary>The benchmark or task of the last setting that ends before an offset, or null.</summary>
    private static LocalEntity? NearestBefore(List<(LocalEntity Entity, Mention Mention)> settings, int offset)
    {
        LocalEntity? nearest = null;
        foreach (var (entity, mention) in settings)
        {
            if (mention.End <= offset)
            {
                nearest = entity;
            }
        }

        return nearest;
    }

    /// <summary>
    /// The score right after a name in its sentence, as written (<c>的52.7%</c>, <c>(15.5B,33.6%)</c>, <c>仅为4.0%</c>), or null.
    /// A figure that 达 brings after a name its clause compares is by how much it was beaten (<c>超越GPT-4.1达25.7%</c>). A method's
    /// figure is a score only where the sentence compares before it: an unknown metric is typed a method too
    /// (<c>Audit-Gated FacetF1为0.282</c>), while a model's is one anyway.
    /// </summary>
    private static string? Score(Sentence sentence, Mention mention, EntityType type)
    {
        var from = mention.End - sentence.Start;
        var match = ScoreAfterName().Match(sentence.Text, from, Math.Min(ScoreReach, sentence.Text.Length - from));
        if (!match.Success)
        {
            return null;
        }

        var before = sentence.Text.AsSpan(0, mention.Start - sentence.Start);
        var clause = before[(before.LastIndexOfAny("，,；;") + 1)..];
        if ((match.Groups["margin"].Success && ComparedBefore().IsMatch(clause)) || (type != EntityType.Model && !ComparedBefore().IsMatch(before)))
        {
            return null;
        }

        return mention.Surface + match.Value;
    }

    // A score is a percentage or a decimal figure: after 的 (GPT-4o的92.8%, WizardCoder(16B)的51.8%), in the name's bracket
    // with its size (StarCoder(15.5B,33.6%)), or after a verb of scoring (IO提示的成功率为7.3%, CoT仅为4.0%, ToT的平均得分为7.56);
    // not a multiple or a count (快2.4倍).
    [GeneratedRegex(@"^\s?(?:(?:[(（][^()（）]{0,12}[)）])?的\s?\d+(?:\.\d+)?%|[(（][^()（）]{0,12}?\d+(?:\.\d+)?%[)）]|(?:的[\u4e00-\u9fff]{1,6})?(?:仅|只|则|也)?(?:为|有|是|(?<margin>达到|达)|得分为?)\s?\d+(?:\.\d+)?%?(?![\d.]*\s?(?:倍|个|B|M|亿)))")]
    private static partial Regex ScoreAfterName();

    // Words that compare what they precede with the sentence's subject.
    [GeneratedRegex(@"(?:优于|超越|超过|超|高于|低于|逊于|领先|胜过|不如|相比|相较|比|vs\.?|对比)")]
    private static partial Regex ComparedBefore();
}
