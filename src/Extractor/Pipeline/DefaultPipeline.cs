using Digest.Extractor.Knowledge;
using Digest.Extractor.Stages.Mentions;
using Digest.Extractor.Stages.Relations;
using Digest.Extractor.Stages.Resolution;
using Digest.Extractor.Stages.Sentences;

namespace Digest.Extractor.Pipeline;

/// <summary>The standard stage order: sentences → mention finders → resolver → relation finders.</summary>
public static class DefaultPipeline
{
    /// <summary>A builder holding the standard stages, to adjust before <see cref="ExtractionPipelineBuilder.Build"/>.</summary>
    /// <param name="knowledge">The lexicon, stoplist, heads and relation templates the stages consult.</param>
    public static ExtractionPipelineBuilder CreateBuilder(ExtractorKnowledge knowledge) =>
        new ExtractionPipelineBuilder()
            .Use(new SentenceSplitter(knowledge.SectionHeadings))
            .Use(new BookTitleFinder())
            .Use(new AuthorListFinder())
            .Use(new LexiconMentionFinder(knowledge.Lexicon))
            .Use(new BracketAliasFinder(knowledge.Stoplist, knowledge.Lexicon, knowledge.TermPrefixes, knowledge.TermBreaks, knowledge.TermWords))
            .Use(new NamedTermFinder(knowledge.Stoplist, knowledge.Heads, knowledge.ListOpeners))
            .Use(new CompoundTermFinder(knowledge.CompoundHeads, knowledge.Stoplist, knowledge.Lexicon))
            .Use(new LatinNameFinder(knowledge.Stoplist, knowledge.Quantities, knowledge.NameFollowers))
            .Use(new EnglishTermFinder(knowledge.EnglishTermHeads, knowledge.Stoplist))
            .Use(new QuantityFilter(knowledge.Quantities, knowledge.Stoplist))
            .Use(new ComponentNameFinder(knowledge.ComponentCues))
            .Use(new CompositionPartNameFinder(knowledge.CompositionFrames, knowledge.References, knowledge.Stoplist))
            .Use(new ClassNounFinder(knowledge.ClassFrames, knowledge.Stoplist))
            .Use(new TaskNameFinder(knowledge.TaskFrames, knowledge.Stoplist))
            .Use(new RepeatedNameFinder(knowledge.Stoplist))
            .Use(new MentionResolver(knowledge))
            .Use(new ListTypeSharing())
            .Use(new ArticlePaperFinder(knowledge.Heads))
            .Use(new AbstractNameFinder(knowledge.AbstractOpeners, knowledge.Lexicon))
            .Use(new TemplateRelationFinder(knowledge))
            .Use(new ScoredBaselineFinder())
            .Use(new NameHeadLineageFinder(knowledge.Lexicon, knowledge.References.Originals))
            .Use(new ClassAppositionFinder(knowledge.Lexicon))
            .Use(new VersionLineageFinder())
            .Use(new SuccessorFinder(knowledge.SuccessionOpeners, knowledge.SuccessionVerbs))
            .Use(new AnaphoricBasisFinder(knowledge.BasisAnaphors))
            .Use(new ComponentListFinder(knowledge.ComponentCues, knowledge.References, knowledge.Signatures, knowledge.Heads))
            .Use(new BaselineListFinder(knowledge.BaselineCues))
            .Use(new BenchmarkListFinder(knowledge.BenchmarkCues))
            .Use(new CompositionFinder(knowledge.CompositionFrames, knowledge.References, knowledge.Signatures))
            .Use(new CreditFinder(knowledge.Credits))
            .Use(new ContributorAuthorFinder(knowledge.References));

    /// <summary>The standard pipeline.</summary>
    /// <param name="knowledge">The lexicon, stoplist, heads and relation templates the stages consult.</param>
    public static ExtractionPipeline Create(ExtractorKnowledge knowledge) => CreateBuilder(knowledge).Build();
}
