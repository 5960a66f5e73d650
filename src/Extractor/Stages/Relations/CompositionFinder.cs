using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A method or model said to be made of parts (<c>composition-frames.txt</c>: <c>由…组成</c>) has as parts every method or model
/// named in the frame, however they are described (<c>它由层次化的Mix Transformer（MiT）编码器和一个只包含MLP层的轻量解码器组成</c>:
/// MiT and MLP are parts of SegFormer). The whole is the name right before the frame, or the method or model named last
/// before an anaphor that stands there (<c>它</c>, <c>该模型</c>). The templates read only names the frame lists directly
/// (<c>FooNet由BarBlock和BazBlock两个子模块组成</c>). A model or tool among the parts is one the whole uses
/// (<see cref="PartRelation"/>). A role may open a clause of a sentence that opens with the whole (<c>，颈部由SPP和PANet组成</c>).
/// </summary>
/// <param name="frames">What says a work is made of parts, with the group <c>parts</c>.</param>
/// <param name="references">The anaphors that may stand for the whole.</param>
/// <param name="signatures">Which types PART_OF and USES link.</param>
public sealed partial class CompositionFinder(ListCues frames, ReferenceWords references, RelationSignatures signatures) : IExtractionStage
{
    /// <summary>As sure as the template that reads names the frame lists directly.</summary>
    private const double Confidence = 0.65;

    /// <summary>What ends a clause, after which a role may open the next (<c>，颈部由…组成</c>).</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(RelationTemplateTable.ClauseBreaks);

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var body = context.Body;
        foreach (var match in frames.MatchesIn(body))
        {
            var parts = match.Groups["parts"];
            if (context.SentenceAt(match.Index) is not { } sentence
                || (Whole(context, sentence, match.Index) ?? WholeOfRole(context, sentence, match)) is not { } whole)
            {
                continue;
            }

            var evidence = new Evidence(context.Article.Id, sentence.Text, match.Value);
            foreach (var part in Parts(context, parts.Index, parts.Index + parts.Length))
            {
                if (part.Key != whole.Key && PartRelation.Between(signatures, part, whole) is (var type, var source, var target)
                    && !context.Relations.Exists(r => r.SourceKey == source.Key && r.TargetKey == target.Key))
                {
                    context.Relations.Add(new LocalRelation(source.Key, type, target.Key, evidence, Confidence));
                }
            }
        }
    }

    /// <summary>
    /// The method or model named right before the frame, perhaps with its class noun or the unit it is built of and an adverb
    /// between (<c>一个NAS系统通常由…组成</c>, <c>MoE层由…构成</c>, <c>Mamba块由…组成</c>), or the one an anaphor there stands for.
    /// </summary>
    private LocalEntity? Whole(ArticleContext context, Sentence sentence, int frameStart)
    {
        var before = context.Body[sentence.Start..frameStart].TrimEnd();
        var end = sentence.Start + before.Length;
        var mentions = CuedLists.WorksIn(context, sentence.Start, end).ToList();
        var nameEnd = WholeNameEnd(context.Body, sentence.Start, end);
        if (mentions is [.., var last] && (last.Mention.End == end || last.Mention.End == nameEnd))
        {
            return last.Entity;
        }

        var anaphor = references.Anaphors.FirstOrDefault(a => before.EndsWith(a, StringComparison.Ordinal));
        return anaphor is null ? null : mentions.LastOrDefault(p => p.Mention.End <= end - anaphor.Length).Entity;
    }

    /// <summary>
    /// The whole of a role that opens a clause (<c>YOLOv4的主干采用CSPDarknet53，颈部由SPP和PANet组成</c>): the method or model the
    /// sentence opens with.
    /// </summary>
    private static LocalEntity? WholeOfRole(ArticleContext context, Sentence sentence, Match match)
    {
        var body = context.Body;
        var before = body.AsSpan(sentence.Start, match.Index - sentence.Start).TrimEnd();
        if (!match.Groups["role"].Success || before.IsEmpty || !ClauseBreaks.Contains(before[^1]))
        {
            return null;
        }

        var opening = sentence.Start + ListNumbers.ContentStart(sentence.Text);
        return CuedLists.WorksIn(context, sentence.Start, match.Index).FirstOrDefault(p => p.Mention.Start == opening).Entity;
    }

    /// <summary>
    /// Where the whole's name would end before a frame at <paramref name="end"/> when a class noun of the whole and an adverb stand
    /// between (<c>NAS系统通常</c>): before them, white space trimmed; <paramref name="end"/> itself when none does.
    /// </summary>
    /// <param name="body">The body.</param>
    /// <param name="start">Where the sentence starts.</param>
    /// <param name="end">Where the text before the frame ends, white space trimmed.</param>
    internal static int WholeNameEnd(string body, int start, int end)
    {
        if (end <= start)
        {
            return end;
        }

        var tail = WholeTail().Match(body, start, end - start);
        return tail.Success && tail.Length > 0 ? start + body.AsSpan(start, tail.Index - start).TrimEnd().Length : end;
    }

    /// <summary>A class noun of a whole or the unit it is built of, and an adverb, at the end of the text before a frame.</summary>
    [GeneratedRegex(@"(?:系统|模型|框架|网络|架构|算法|模块|单元|层|块)?\s?(?:通常|一般|主要|大致|基本上|整体上)?$", RegexOptions.RightToLeft)]
    private static partial Regex WholeTail();

    /// <summary>The methods and models named between two offsets, in order, but for the bases of others.</summary>
    private static IEnumerable<LocalEntity> Parts(ArticleContext context, int from, int to) =>
        CuedLists.WorksIn(context, from, to).Where(p => !CuedLists.InBasis(context.Body, from, p.Mention.Start)).Select(p => p.Entity).Distinct();
}
