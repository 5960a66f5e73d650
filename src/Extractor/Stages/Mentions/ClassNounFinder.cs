using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds the Chinese names of the classes a text puts a work in (<c>class-frames.txt</c>: <c>GPT-3，一个拥有1750亿参数的自回归语言模型</c>,
/// <c>Stable Diffusion本身就属于隐空间扩散模型</c>, <c>Imagen、DALL-E 2和Stable Diffusion等大规模文本到图像模型</c>), typed
/// <see cref="EntityType.Concept"/>, so that the IS_A templates link the work to its class. A frame is tried only right after a name;
/// a class the stoplist holds (<c>语言模型</c>) or that another finder named (a lexicon entry such as <c>扩散模型</c>) is left as it is.
/// </summary>
/// <param name="frames">What says which class a name is in, with the group <c>class</c>, each matched right after a name.</param>
/// <param name="stoplist">Generic words, which name no class.</param>
public sealed class ClassNounFinder(ListCues frames, Stoplist stoplist) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "class-noun";

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        List<int>? nameEnds = null;
        for (var i = 0; i < frames.Cues.Count; i++)
        {
            if (!frames.MayMatchIn(i, body))
            {
                continue;
            }

            nameEnds ??= [.. context.Mentions.Select(m => m.End).Distinct().Order()];
            foreach (var end in nameEnds)
            {
                var match = frames.Cues[i].Match(body, end);
                var found = match.Groups["class"];
                if (!match.Success || !found.Success || stoplist.Contains(found.Value)
                    || context.Mentions.Exists(m => m.Start < found.Index + found.Length && found.Index < m.End)
                    || context.SentenceAt(found.Index) is not { } sentence)
                {
                    continue;
                }

                context.Mentions.Add(new Mention(found.Value, found.Index, sentence.Index, Name, EntityType.Concept));
            }
        }
    }
}
