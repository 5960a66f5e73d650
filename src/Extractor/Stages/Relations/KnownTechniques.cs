using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// Tells the techniques the field settled long before any article (a lexicon method, concept or task: Transformer,
/// LoRA, 知识蒸馏), which an article's sentence names for its own variant (<c>提出三层层次化Transformer</c>,
/// <c>基于SDE的GRPO</c>) rather than proposes or changes. Lexicon models and datasets are specific works and stay
/// themselves, but a known model is no article's proposal either unless the article is about it or names its own work so
/// (<see cref="IsKnownModel"/>); the lookup is by the text's own words, as the extraction cache expects.
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

    /// <summary>
    /// Whether the article's title writes one of the names its article writes for the entity, as a name of its own, not part of a
    /// longer one (思维链提示 in <c>思维链提示激发大语言模型的推理能力</c>; not Transformer in <c>Swin Transformer: …</c>): a summary
    /// under such a title is about that technique, as its own paper proposed it.
    /// </summary>
    /// <param name="context">The article.</param>
    /// <param name="entity">An entity of the article.</param>
    public static bool TitleNames(ArticleContext context, LocalEntity entity)
    {
        var title = context.Article.Title;
        foreach (var mention in entity.Mentions.AsImmutableArray())
        {
            for (var at = title.IndexOf(mention.Surface, StringComparison.OrdinalIgnoreCase); at >= 0;
                at = title.IndexOf(mention.Surface, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + mention.Surface.Length;
                if (!JoinsName(title, at - 1, -1) && !JoinsName(title, end, 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="at"/> carries a Latin name on (a letter, digit or hyphen, or a space before one).</summary>
    private static bool JoinsName(string text, int at, int step)
    {
        if (at < 0 || at >= text.Length)
        {
            return false;
        }

        var c = text[at];
        return char.IsAsciiLetterOrDigit(c) || c == '-' || (c == ' ' && at + step >= 0 && at + step < text.Length && char.IsAsciiLetterOrDigit(text[at + step]));
    }

    /// <summary>
    /// Whether the entity is a known model (GPT-4o, CLIP, DINOv3) by one of the names its article writes, and neither what the
    /// article is mainly about nor named with a head word of a method or model anywhere in it: an article that writes
    /// <c>引入DINOv3提供先验</c> or <c>提出一种改进CLIP…的方法</c> uses or varies the model, while one that writes
    /// <c>提出了ATLAS方法</c> names its own work, which only shares a known model's name.
    /// </summary>
    /// <param name="context">The article.</param>
    /// <param name="entity">An entity of the article.</param>
    /// <param name="heads">Head words (方法, 框架, 模型).</param>
    public bool IsKnownModel(ArticleContext context, LocalEntity entity, TypeHeads heads)
    {
        var mentions = entity.Mentions.AsImmutableArray();
        return entity.Type is EntityType.Model && entity.Key != context.MainEntityKey
            && mentions.Any(m => lexicon.TryFind(m.Surface, out var entry) && entry.Type is EntityType.Model)
            && !mentions.Any(m => heads.After(context.Body, m.End) is EntityType.Method or EntityType.Model);
    }
}
