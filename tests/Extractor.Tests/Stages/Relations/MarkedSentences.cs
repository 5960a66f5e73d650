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
        var (occurrences, starts) = TemplateRelationFinder.OccurrencesBySentence(context);
        return context.Sentences
            .Where(s => starts[s.Index + 1] > starts[s.Index])
            .Select(s => (s, MarkedSentence.Build(s, occurrences.AsSpan(starts[s.Index]..starts[s.Index + 1]))))
            .Where(m => m.Item2.Entities.Count > 0);
    }
}
