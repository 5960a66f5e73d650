using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Finds typed relations by matching the relation templates (<c>relation-templates.tsv</c>) against
/// each sentence with its mentions replaced by markers. INTRODUCES runs over the whole article
/// first, so that what 本文/我们 proposes is known (the article's contributions and main entity)
/// before the other relations resolve 本文, 该方法 or a dropped subject to it. An edge is made only
/// when both ends fit the relation's signature, and a pair is linked once per sentence, by the
/// earliest template that matches it.
/// </summary>
/// <param name="knowledge">Templates, reference words and signatures.</param>
public sealed class TemplateRelationFinder(ExtractorKnowledge knowledge) : IExtractionStage
{
    /// <summary>Confidence factor when the source is a reference word or context rather than a name.</summary>
    private const double IndirectSourceFactor = 0.9;

    private static readonly char[] ClauseBreaks = ['，', ',', '；', ';', '：', ':'];

    private readonly RelationTemplate[] _introducing = knowledge.Templates.Where(t => t.Type == RelationType.Introduces).ToArray();
    private readonly RelationTemplate[] _others = knowledge.Templates.Where(t => t.Type != RelationType.Introduces).ToArray();

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var occurrences = context.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
            .ToLookup(o => o.Mention.SentenceIndex);
        var sentences = context.Sentences
            .Select(s => (Sentence: s, Marked: MarkedSentence.Build(s, occurrences[s.Index])))
            .Where(s => s.Marked.Entities.Count > 0)
            .ToList();
        var introducedIn = new Dictionary<int, List<LocalEntity>>();
        foreach (var (sentence, marked) in sentences)
        {
            Apply(context, sentence, marked, _introducing, introducedIn);
        }

        context.MainEntityKey ??= context.Contributions
            .FirstOrDefault(k => context.Entities.Any(e => e.Key == k && e.Type is EntityType.Method or EntityType.Model));
        foreach (var (sentence, marked) in sentences)
        {
            Apply(context, sentence, marked, _others, introducedIn);
        }
    }

    private void Apply(ArticleContext context, Sentence sentence, MarkedSentence marked, RelationTemplate[] templates, Dictionary<int, List<LocalEntity>> introducedIn)
    {
        var linked = new HashSet<(string, string)>();
        foreach (var template in templates)
        {
            if (template.Cue is { } required && !required.IsMatch(marked.Text))
            {
                continue;
            }

            foreach (Match match in template.Pattern.Matches(marked.Text))
            {
                var targets = Targets(marked, template.Type, match.Groups["B"]);
                if (targets.Count == 0)
                {
                    continue;
                }

                var (sources, direct, isSelf) = Sources(context, sentence, marked, template.Type, match, introducedIn);
                if (template.Type == RelationType.Introduces && isSelf)
                {
                    RecordContributions(context, sentence, targets, introducedIn);
                }

                var cue = marked.Original(match.Index, match.Length).Trim();
                var confidence = direct ? template.Confidence : template.Confidence * IndirectSourceFactor;
                foreach (var source in sources.Where(s => knowledge.Signatures.AllowsSource(template.Type, s.Type)))
                {
                    foreach (var target in targets.Where(t => t.Key != source.Key))
                    {
                        var pair = string.CompareOrdinal(source.Key, target.Key) < 0 ? (source.Key, target.Key) : (target.Key, source.Key);
                        if (linked.Add(pair))
                        {
                            context.Relations.Add(new LocalRelation(
                                source.Key, template.Type, target.Key, new Evidence(context.Article.Id, sentence.Text, cue), Math.Round(confidence, 2)));
                        }
                    }
                }
            }
        }
    }

    private static void RecordContributions(ArticleContext context, Sentence sentence, List<LocalEntity> targets, Dictionary<int, List<LocalEntity>> introducedIn)
    {
        if (!introducedIn.TryGetValue(sentence.Index, out var list))
        {
            introducedIn[sentence.Index] = list = [];
        }

        foreach (var target in targets)
        {
            list.Add(target);
            if (!context.Contributions.Contains(target.Key))
            {
                context.Contributions.Add(target.Key);
            }
        }
    }

    /// <summary>The source entities of a match, whether a name gave them, and whether they stand for the article itself.</summary>
    private (IReadOnlyList<LocalEntity> Sources, bool Direct, bool IsSelf) Sources(
        ArticleContext context, Sentence sentence, MarkedSentence marked, RelationType type, Match match, Dictionary<int, List<LocalEntity>> introducedIn)
    {
        var group = match.Groups["A"];
        if (group.Success && group.Value.Any(RelationTemplate.IsMarker))
        {
            var named = marked.EntitiesIn(group.Value).ToList();
            return (named, true, named.Any(e => e.Key == context.ArticlePaperKey));
        }

        var isSelf = group.Success ? knowledge.References.IsSelf(group.Value) : match.Index == 0 || marked.Text[..match.Index].Trim().Length == 0;
        if (type == RelationType.Introduces)
        {
            return (isSelf ? Entity(context, context.ArticlePaperKey) : [], false, isSelf);
        }

        if (isSelf)
        {
            return (Entity(context, context.MainEntityKey), false, true);
        }

        if (!group.Success && introducedIn.TryGetValue(sentence.Index, out var introduced)
            && introduced.FirstOrDefault(e => knowledge.Signatures.AllowsSource(type, e.Type)) is { } subject)
        {
            return ([subject], false, false);
        }

        var end = group.Success ? group.Index : match.Index;
        var clauseStart = marked.Text.LastIndexOfAny(ClauseBreaks, Math.Max(0, end - 1)) + 1;
        var inClause = marked.EntitiesIn(marked.Text[clauseStart..end]).LastOrDefault();
        if (inClause is not null)
        {
            // The clause names its own subject: it is the source, or there is none.
            return (knowledge.Signatures.AllowsSource(type, inClause.Type) ? [inClause] : [], false, false);
        }

        var before = marked.EntitiesIn(marked.Text[..clauseStart]).LastOrDefault(e => knowledge.Signatures.AllowsSource(type, e.Type));
        return before is not null ? ([before], false, false) : (Entity(context, context.MainEntityKey), false, false);
    }

    /// <summary>The targets of a match: its named entities, or for an anaphor the nearest fitting entity before it.</summary>
    private List<LocalEntity> Targets(MarkedSentence marked, RelationType type, Group group)
    {
        var named = marked.EntitiesIn(group.Value).ToList();
        if (named.Count == 0 && group.Success)
        {
            named = marked.EntitiesIn(marked.Text[..group.Index]).Reverse().Where(e => knowledge.Signatures.AllowsTarget(type, e.Type)).Take(1).ToList();
        }

        return named.Where(b => knowledge.Signatures.AllowsTarget(type, b.Type)).ToList();
    }

    private static IReadOnlyList<LocalEntity> Entity(ArticleContext context, string? key) =>
        key is null ? [] : context.Entities.Where(e => e.Key == key).Take(1).ToList();
}
