using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// For each cue in a sentence, links the nearest entity before it with the nearest entity after
/// it, in the cue's direction.
/// </summary>
public sealed class CueRelationFinder(IReadOnlyList<RelationCue> cues) : IExtractionStage
{
    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var occurrences = context.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
            .ToLookup(o => o.Mention.SentenceIndex);
        foreach (var sentence in context.Sentences)
        {
            var inSentence = occurrences[sentence.Index].OrderBy(o => o.Mention.Start).ToList();
            if (inSentence.Count < 2)
            {
                continue;
            }

            foreach (var cue in cues)
            {
                for (var at = sentence.Text.IndexOf(cue.Text, StringComparison.OrdinalIgnoreCase); at >= 0;
                     at = sentence.Text.IndexOf(cue.Text, at + cue.Text.Length, StringComparison.OrdinalIgnoreCase))
                {
                    var cueStart = sentence.Start + at;
                    var cueEnd = cueStart + cue.Text.Length;
                    var before = inSentence.LastOrDefault(o => o.Mention.End <= cueStart);
                    var after = inSentence.FirstOrDefault(o => o.Mention.Start >= cueEnd);
                    if (before.Entity is null || after.Entity is null || before.Entity.Key == after.Entity.Key)
                    {
                        continue;
                    }

                    var (source, target) = cue.Forward ? (before.Entity, after.Entity) : (after.Entity, before.Entity);
                    context.Relations.Add(new LocalRelation(
                        source.Key, cue.Type, target.Key, new Evidence(context.Article.Id, sentence.Text, cue.Text), cue.Confidence));
                }
            }
        }
    }
}
