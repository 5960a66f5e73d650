using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Resolution;

/// <summary>
/// Types a name that neither the lexicon nor a finder typed: first by the head words that follow
/// its mentions in the text (<c>type-heads.tsv</c>: 数据集, 模型, 方法 …; the most frequent wins),
/// then by the phrases around them (<c>type-frames.tsv</c>: <c>在LIBERO上取得</c> → Dataset; likewise),
/// then as a variant of a known dataset (<see cref="DatasetVariants"/>: <c>CIFAR-10-C</c>), then by its shape
/// (<c>type-shapes.tsv</c>: <c>-Bench</c> → Dataset, version numbers → Model); else it cannot tell.
/// </summary>
/// <param name="heads">The head words.</param>
/// <param name="frames">The phrases around a name.</param>
/// <param name="datasets">The variants of known datasets.</param>
/// <param name="shapes">The name shapes.</param>
public sealed class ShapeTyper(TypeHeads heads, TypeFrames frames, DatasetVariants datasets, TypeShapes shapes)
{
    /// <summary>The type of an entity from its mentions in the body, then from its name; null when neither tells.</summary>
    /// <param name="name">The canonical name.</param>
    /// <param name="body">The article body.</param>
    /// <param name="mentions">Its mentions.</param>
    public EntityType? Guess(string name, string body, IReadOnlyList<Mention> mentions)
    {
        Span<int> votes = stackalloc int[TypeVotes.TypeCount];
        var any = false;
        foreach (var mention in mentions)
        {
            if (heads.After(body, mention.End) is { } head)
            {
                votes[(int)head]++;
                any = true;
            }
        }

        if (any)
        {
            return TypeVotes.Winner(votes);
        }

        foreach (var mention in mentions)
        {
            if (frames.Around(name, body, mention.Start, mention.End) is { } framed)
            {
                votes[(int)framed]++;
                any = true;
            }
        }

        return any ? TypeVotes.Winner(votes) : datasets.Holds(name) ? EntityType.Dataset : shapes.Of(name);
    }
}
