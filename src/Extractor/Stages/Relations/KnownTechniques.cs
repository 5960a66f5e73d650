using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Tells the techniques the field settled long before any article (a lexicon method, concept or task: Transformer,
/// LoRA, 知识蒸馏), which an article's sentence names for its own variant (<c>提出三层层次化Transformer</c>,
/// <c>基于SDE的GRPO</c>) rather than proposes or changes. Lexicon models and datasets are specific works and stay
/// themselves; the lookup is by the text's own words, as the extraction cache expects.
/// </summary>
/// <param name="lexicon">Known entities.</param>
internal sealed class KnownTechniques(Lexicon lexicon)
{
    /// <summary>Whether the entity is a settled technique by one of the names its article writes.</summary>
    /// <param name="entity">An entity of the article.</param>
    public bool Holds(LocalEntity entity)
    {
        if (entity.Type is not (EntityType.Method or EntityType.Concept or EntityType.Task))
        {
            return false;
        }

        foreach (var mention in entity.Mentions.AsImmutableArray())
        {
            if (lexicon.TryFind(mention.Surface, out var entry) && entry.Type is EntityType.Method or EntityType.Concept or EntityType.Task)
            {
                return true;
            }
        }

        return false;
    }
}
