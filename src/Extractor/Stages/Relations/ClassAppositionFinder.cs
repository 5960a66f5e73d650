using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A class named right before a method's or model's name is what the work is (IS_A): <c>开源大语言模型Baichuan 2</c>,
/// <c>使用多模态大模型LLaVA</c>, <c>状态空间模型Hydra的选择机制</c>. Chinese puts an appositive class in front of the name, and a
/// class that ends in its own head word (大语言模型, 扩散模型) needs none between them, which the relation templates ask for
/// (<c>扩散模型方法X</c>). Only a method or model after the class is read so: a concept or task there makes a compound with it
/// (<c>LLM幻觉</c>, <c>LLM推理</c>), and so do a settled technique (<c>LLM数据增强</c>, <c>知识图谱RAG</c>, <c>位置编码MLP</c>; also a
/// known architecture, <c>状态空间模型Mamba</c>, which the lexicon cannot tell from a technique) and a Chinese name
/// (<c>LLM测试时扩展</c>): the apposed name is a Latin-script one. A class after another name is that name's
/// (<c>GPT-4 VLM</c>), and a name that another name or a conjunction follows may open a compound or a list the class does not
/// head, so neither is read.
/// </summary>
/// <param name="lexicon">Known names, which tell a settled technique.</param>
public sealed class ClassAppositionFinder(Lexicon lexicon) : IExtractionStage
{
    /// <summary>As sure as the template that reads a class with its head word before a name.</summary>
    private const double Confidence = 0.6;

    private readonly KnownTechniques _techniques = new(lexicon);

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var (occurrences, starts) = TemplateRelationFinder.OccurrencesBySentence(context);
        foreach (var sentence in context.Sentences)
        {
            var inSentence = occurrences.AsSpan(starts[sentence.Index]..starts[sentence.Index + 1]);
            if (inSentence.Length < 2 || !HasConceptBeforeWork(inSentence))
            {
                continue;
            }

            var marked = MarkedSentence.Build(sentence, inSentence);
            var text = marked.Text;
            for (var at = 0; at < text.Length - 1; at++)
            {
                if (!RelationTemplate.IsMarker(text[at]) || marked.EntityOf(text[at]) is not { Type: EntityType.Concept } type
                    || (at > 0 && RelationTemplate.IsMarker(text[at - 1])))
                {
                    continue;
                }

                var name = text[at + 1] == ' ' ? at + 2 : at + 1;
                if (name < text.Length && RelationTemplate.IsMarker(text[name])
                    && marked.EntityOf(text[name]) is { Type: EntityType.Method or EntityType.Model } work
                    && work.Key != type.Key && !_techniques.Holds(work) && IsLatin(marked.Original(name, 1)) && !OpensList(text, name + 1))
                {
                    context.Relations.Add(new LocalRelation(
                        work.Key, RelationType.IsA, type.Key, new Evidence(context.Article.Id, sentence.Text, marked.Original(at, name - at + 1)), Confidence));
                }
            }
        }
    }

    /// <summary>
    /// Whether a concept's mention is followed by a method's or model's before any other entity's, which its marker needs to
    /// stand right before one (a bracket after the concept holds only its own names): most sentences need no marking then.
    /// </summary>
    private static bool HasConceptBeforeWork(ReadOnlySpan<(LocalEntity Entity, Mention Mention)> occurrences)
    {
        foreach (var (concept, mention) in occurrences)
        {
            if (concept.Type != EntityType.Concept)
            {
                continue;
            }

            LocalEntity? next = null;
            var nextStart = int.MaxValue;
            foreach (var (other, otherMention) in occurrences)
            {
                if (other.Key != concept.Key && otherMention.Start > mention.Start && otherMention.Start < nextStart)
                {
                    (next, nextStart) = (other, otherMention.Start);
                }
            }

            if (next is { Type: EntityType.Method or EntityType.Model })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name is written in Latin script (a mention may keep the space before it).</summary>
    private static bool IsLatin(string name) => name.AsSpan().TrimStart() is [var first, ..] && char.IsAsciiLetter(first);

    /// <summary>Whether another name or a conjunction follows the name that ends right before <paramref name="after"/>.</summary>
    private static bool OpensList(string text, int after)
    {
        var at = after < text.Length && text[after] == ' ' ? after + 1 : after;
        return at < text.Length && (RelationTemplate.IsMarker(text[at]) || text[at] is '和' or '与' or '、' or '及' or '或');
    }
}
