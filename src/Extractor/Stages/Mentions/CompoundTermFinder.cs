using System.Buffers;
using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds terms made of an acronym-like Latin name and a Chinese head noun (<c>compound-heads.tsv</c>):
/// <c>ADE检测</c>, <c>HiPPO矩阵</c>, <c>KV 缓存</c>, typed by the head. The Latin part needs two
/// capitals (an acronym or camel-case name), so ordinary words before a noun are left alone. Nor is a
/// compound taken when its Latin part is a word of the stoplist (<c>SOTA检测</c>, <c>FID评分</c>: state-of-the-art
/// detectors, the FID score) or a known model, method, tool or class of networks (<c>YOLOv8检测</c>, <c>CNN检测</c>, <c>U-Net分割</c>:
/// detection or segmentation done by that system, not a task named after it), nor a task compound whose Latin part
/// has a system's shape (<c>YOLOv11检测</c>, <c>SegFormer分割</c>); the system keeps its own mention.
/// </summary>
/// <param name="compoundHeads">The head nouns and their types.</param>
/// <param name="stoplist">Words that are no names.</param>
/// <param name="lexicon">Known entities, whose types tell a system from a subject.</param>
public sealed partial class CompoundTermFinder(TypeHeads compoundHeads, Stoplist stoplist, Lexicon lexicon) : IExtractionStage
{
    private static readonly SearchValues<char> CapitalsAndHyphens = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "compound-term";

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (var match in AcronymBeforeNoun().EnumerateMatches(context.Body))
        {
            // The head noun's first character ends the match.
            var head = match.Index + match.Length - 1;
            if (compoundHeads.At(context.Body, head) is { } found && context.SentenceAt(match.Index) is { } sentence
                && context.Body.AsSpan(match.Index, head - match.Index).TrimEnd(' ') is var latin
                && !IsSystemOrWord(latin) && !(found.Type == EntityType.Task && NamesASystem(latin)))
            {
                var surface = context.Body.Substring(match.Index, head - match.Index + found.Length);
                context.Mentions.Add(new Mention(surface, match.Index, sentence.Index, Name, found.Type));
            }
        }
    }

    /// <summary>
    /// Whether the Latin part of a task compound has the shape of a system's name rather than of what a task detects or
    /// segments: a version or size digit or a lower-case letter (<c>YOLOv11检测</c>, <c>SegFormer分割</c>,
    /// <c>CenterPoint检测</c>, <c>ADE20K分割</c>), where the subjects of tasks are capitals (<c>OOD检测</c>, <c>CT分割</c>).
    /// </summary>
    private static bool NamesASystem(ReadOnlySpan<char> latin) => latin.ContainsAnyExcept(CapitalsAndHyphens);

    private bool IsSystemOrWord(ReadOnlySpan<char> latin) =>
        stoplist.Contains(latin)
        || (lexicon.TryFind(latin.ToString(), out var entry) && (entry.Type is EntityType.Model or EntityType.Method or EntityType.Tool || IsNetworkClass(entry)));

    /// <summary>
    /// Whether a concept is a class of networks (CNN, GNN: its long form ends in Network), whose members do a task as a system
    /// does (<c>CNN检测</c>), unlike a notion a task is named after (<c>BEV分割</c>, <c>PII检测</c>).
    /// </summary>
    private static bool IsNetworkClass(LexiconEntry entry) =>
        entry.Type == EntityType.Concept && entry.Aliases.AsImmutableArray().Any(a => a.EndsWith("Network", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<![A-Za-z0-9\-])(?=[A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*[A-Z])[A-Za-z][A-Za-z0-9\-]{1,15} ?\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex AcronymBeforeNoun();
}
