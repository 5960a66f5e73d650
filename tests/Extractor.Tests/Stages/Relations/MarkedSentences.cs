using System.Runtime.InteropServices;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Relations;

namespace Digest.Extractor.Tests.Stages.Relations;

/// <summary>The marked sentences the relation finder sees: a body run through the stages before it.</summary>
internal static class MarkedSentences
{
    /// <summary>Every sentence of <paramref name="body"/> that names at least one entity, with its marked form.</summary>
    public static IEnumerable<(Sentence Sentence, MarkedSentence Marked)> Of(string body)
    {
        var context = PipelineRun.RunUntil<ArticlePaperFinder>("T", body);
        var occurrences = new List<(LocalEntity, Mention)>?[context.Sentences.Count];
        foreach (var entity in context.Entities)
        {
            foreach (var mention in entity.Mentions.Where(m => (uint)m.SentenceIndex < (uint)occurrences.Length))
            {
                (occurrences[mention.SentenceIndex] ??= []).Add((entity, mention));
            }
        }

        return context.Sentences
            .Where(s => occurrences[s.Index] is not null)
            .Select(s => (s, MarkedSentence.Build(s, CollectionsMarshal.AsSpan(occurrences[s.Index]))))
            .Where(m => m.Item2.Entities.Count > 0);
    }
}
