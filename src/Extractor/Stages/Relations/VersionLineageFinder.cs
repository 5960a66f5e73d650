using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A later version of a method or model the article also names builds on it: <c>FastSpeech 2</c> on FastSpeech,
/// <c>DCN-V2</c> on DCN, <c>Llama 2</c> on LLaMA, <c>MoCo v2</c> on MoCo, <c>Transformer++</c> on Transformer. A version is a digit
/// from 2 after the name (perhaps after a space or a hyphen), up to two digits after a v, perhaps with a minor digit, or <c>++</c>
/// (<see cref="VersionSuffix"/>); a first version, a depth, a size (<c>LLaMA-7B</c> is LLaMA), a year or a score is none, and a
/// name that ends in a digit takes no version (<c>Qwen2</c> and <c>Qwen2.5</c>, <c>GPT-3</c> and <c>GPT-3 175B</c>). Where the article
/// names several versions (<c>YOLOv1</c> … <c>YOLOv8</c>), the bare name is their family, and none is read.
/// </summary>
public sealed partial class VersionLineageFinder : IExtractionStage
{
    /// <summary>As sure as a name that ends with another method's (<see cref="NameHeadLineageFinder"/>).</summary>
    private const double Confidence = 0.6;

    /// <summary>The shortest name a version follows: one letter (<c>T</c> of T5) is too short to be a work's name.</summary>
    private const int MinBaseLength = 2;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        // Only a name that ends in a digit or ++ can be a version: most articles have none, and are passed over at once.
        if (!context.Entities.Exists(e => IsWork(e) && (EndsLikeVersion(e.Name) || e.Aliases.AsImmutableArray().Any(EndsLikeVersion))))
        {
            return;
        }

        var works = context.Entities.Where(IsWork).ToList();
        foreach (var later in works)
        {
            foreach (var name in Names(later).Where(EndsLikeVersion))
            {
                var earlier = works.Find(w => w.Key != later.Key && Names(w).Any(n => IsVersionOf(name, n)));
                // Where the article names several versions (YOLOv1 … YOLOv8, DeepLab v1 and v2), the bare name is the family they
                // belong to, not the first of them that the one version builds on.
                if (earlier is null || works.Count(w => w.Key != earlier.Key && IsVersionOf(w, earlier)) > 1
                    || context.Relations.Any(r => r.SourceKey == later.Key && r.TargetKey == earlier.Key && r.Type != RelationType.ComparedWith)
                    || (later.Mentions.FirstOrDefault(m => m.Surface == name) ?? later.Mentions.FirstOrDefault()) is not { } mention)
                {
                    continue;
                }

                context.Relations.Add(new LocalRelation(
                    later.Key, RelationType.BuildsOn, earlier.Key, new Evidence(context.Article.Id, context.Sentences[mention.SentenceIndex].Text, name), Confidence));
                break;
            }
        }
    }

    private static bool IsWork(LocalEntity entity) => entity.Type is EntityType.Method or EntityType.Model;

    private static IEnumerable<string> Names(LocalEntity entity) => entity.Aliases.Prepend(entity.Name);

    /// <summary>Whether a name of <paramref name="later"/> is a name of <paramref name="earlier"/> with a version after it.</summary>
    private static bool IsVersionOf(LocalEntity later, LocalEntity earlier) =>
        Names(later).Any(name => Names(earlier).Any(basis => IsVersionOf(name, basis)));

    private static bool EndsLikeVersion(string name) => name is [.., var last] && (char.IsAsciiDigit(last) || last == '+');

    /// <summary>Whether <paramref name="name"/> is <paramref name="basis"/> with a version after it.</summary>
    internal static bool IsVersionOf(string name, string basis) =>
        basis.Length >= MinBaseLength
        && name.Length > basis.Length
        && !char.IsAsciiDigit(basis[^1])
        && char.IsAsciiLetter(basis[0])
        && name.StartsWith(basis, StringComparison.OrdinalIgnoreCase)
        && VersionSuffix().IsMatch(name.AsSpan(basis.Length));

    /// <summary>
    /// A later version: one digit from 2, perhaps with a minor one, or up to two digits after a v (a first version, <c>HiFi-GAN
    /// V1</c>, is the work itself; a depth, <c>ResNet-50</c>, <c>VGG16</c>, a year, <c>IPhO 2024</c>, or a score, <c>UTMOS 3.03</c>, is none).
    /// </summary>
    [GeneratedRegex(@"^(?:[ -]?(?:[vV](?:[2-9]|[1-9]\d)|[2-9])(?:\.\d)?|[ -]?[vV]?1\.[1-9]|\+\+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();
}
