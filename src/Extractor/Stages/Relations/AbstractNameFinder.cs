using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// In a one-paper summary, the name that opens the abstract and is defined there or proposes (<c>abstract-openers.txt</c>:
/// <c>StreamForce是一个流式视频生成框架</c>, <c>FootMR：一种…的方法</c>, <c>SIR提出了一种…框架</c>) is what the paper
/// introduces, and the article's main entity unless its title named one. The relation templates cannot read this: their
/// INTRODUCES needs the paper or 本文 as subject, and here the name stands for the paper.
/// </summary>
/// <param name="openers">What, right after the name, defines it.</param>
/// <param name="lexicon">Known entities: never what a paper proposes.</param>
public sealed class AbstractNameFinder(IReadOnlyList<string> openers, Lexicon lexicon) : IExtractionStage
{
    private const double Confidence = 0.85;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        // The author line is the first sentence of a one-paper summary; 摘要 ends it, so the abstract opens the second.
        if (context.ArticlePaperKey is not { } paper || context.Sentences.Count < 2)
        {
            return;
        }

        var sentence = context.Sentences[1];
        var opening = sentence.Start + ListNumbers.ContentStart(sentence.Text);
        foreach (var entity in context.Entities)
        {
            if (entity.Type is not (EntityType.Method or EntityType.Model or EntityType.Dataset))
            {
                continue;
            }

            foreach (var mention in entity.Mentions.AsImmutableArray())
            {
                // A known name (GPT-4是一个…) is what the abstract talks about, not what the paper proposes.
                if (mention.Start == opening && !lexicon.TryFind(mention.Surface, out _)
                    && OpeningWords.Find(context.Body.AsSpan(mention.Start + mention.Surface.Length), openers) is { } opener)
                {
                    Introduce(context, paper, entity, new Evidence(context.Article.Id, sentence.Text, mention.Surface + opener));
                    return;
                }
            }
        }
    }

    private static void Introduce(ArticleContext context, string paper, LocalEntity entity, Evidence evidence)
    {
        context.Relations.Add(new LocalRelation(paper, RelationType.Introduces, entity.Key, evidence, Confidence));
        if (!context.Contributions.Contains(entity.Key))
        {
            context.Contributions.Add(entity.Key);
        }

        context.MainEntityKey ??= entity.Key;
    }
}
