using System.Text.RegularExpressions;
using Digest.Extractor.Knowledge;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Text;

namespace Digest.Extractor.Stages.Mentions;

/// <summary>
/// Finds Latin-script names by shape: a word with a capital letter (<c>HiPPO</c>, <c>S4</c>,
/// <c>DeepSeek-V2</c>, <c>Twitter</c>, <c>mBERT</c>), followed by more capitalised or numeric
/// words (<c>Skip Tuning</c>, <c>Llama 3.1</c>, <c>NTK-aware Scaled RoPE</c>), the first of them possibly possessive
/// when more follow (<c>Humanity's Last Exam</c>, <c>Scientists' First Exam</c>: one benchmark, not two names). Stoplisted words
/// (<c>The</c>, <c>baseline</c>) are dropped; so are sizes, amounts and readings (<c>7B</c>, <c>PSNR 20.54</c>), later,
/// by <see cref="QuantityFilter"/>. A number after a name is a version (<c>Llama 3.1</c>, <c>AlpacaEval 2.0</c>,
/// <c>AngelSlim 1.25</c>), and so is a <c>v</c> and a number (<c>DeepLab v3</c>, <c>LLaVA v1.5</c>, <c>DeepLab v3+</c>), never a score: one with three decimals, two digits before its point or a zero and two
/// decimals (<c>BrowseComp 42.8</c>, <c>CIFAR-10 91.8</c>, <c>0.746</c>, <c>QWK 0.60</c>) ends the name before it,
/// and so does an amount glued to the name (<see cref="GluedAmount"/>: <c>UI-TARS 0.1%</c>, <c>CIDEr+2.5</c>). A word that a cited author's or a cut-off's
/// marker follows (<c>name-followers.txt</c>: <c>Darcet等人</c>, <c>Recall@10</c>) is no name there. A name may end in
/// <c>++</c> (<c>HERMES++</c>, <c>FaceForensics++</c>: a successor or a name of its own, not its base) when no letter or
/// digit follows, and in <c>+</c> when a break or a head word follows (<c>CogRAG+ 框架</c>, <c>PASCAL3D+和</c>,
/// <c>RWKU+基准</c>; <c>CNN+注意力</c> joins two things), but not after a digit or a count (<c>ResNet50+时序注意力</c>,
/// <c>10K+场景</c>). A superscript two or three is part of a name (<c>PAR²-RAG</c>, <c>SGG-R³</c>). A suffix that makes a
/// name an adjective is not (<c>LLM-based</c> names LLM). A patch size after a slash is part of a later word as of the first
/// (<c>CLIP ViT-L/14</c> as <c>ViT-B/16</c>); a slash between words or versions there ends the name (<c>Causal Forcing/Causal
/// Forcing++</c>, <c>NTU RGB+D 60/120</c>: two of them).
/// </summary>
/// <param name="stoplist">Generic words, metrics and venues: never a name by themselves.</param>
/// <param name="quantities">The units that make a number after a name an amount.</param>
/// <param name="followers">What, right after a word, makes it no name.</param>
public sealed partial class LatinNameFinder(Stoplist stoplist, QuantityShape quantities, IReadOnlyList<string> followers) : IExtractionStage
{
    /// <summary>The finder's name on its mentions.</summary>
    public const string Name = "latin-name";

    /// <summary>Suffixes that make a name an adjective (<see cref="WithoutAdjectiveSuffix"/>).</summary>
    private static readonly string[] AdjectiveSuffixes = ["-based", "-style", "-like"];

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        foreach (var match in NamePattern().EnumerateMatches(context.Body))
        {
            var found = context.Body.AsSpan(match.Index, match.Length).TrimEnd(".-");
            var trimmed = WithoutAdjectiveSuffix(found[..GluedAmount.NameLength(found, context.Body.AsSpan(match.Index + found.Length), quantities)].TrimEnd(".-"));
            if (trimmed.Length < 2)
            {
                continue;
            }

            if (stoplist.Contains(trimmed) || !ContainsLetter(trimmed) || OpeningWords.Find(context.Body.AsSpan(match.Index + trimmed.Length), followers) is not null)
            {
                continue;
            }

            if (context.SentenceAt(match.Index) is { } sentence)
            {
                context.Mentions.Add(new Mention(trimmed.ToString(), match.Index, sentence.Index, Name));
            }
        }
    }

    /// <summary>
    /// The name without a suffix that makes it an English adjective (<c>LLM-based</c>, <c>CLIP-style</c>, <c>UNet-like</c>): the
    /// phrase speaks of the name it is made from, and as a name of its own it joined 25 articles' unrelated LLM-based work.
    /// </summary>
    private static ReadOnlySpan<char> WithoutAdjectiveSuffix(ReadOnlySpan<char> name)
    {
        foreach (var suffix in AdjectiveSuffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9²³\u00C0-\u024F\-])(?:[A-Z][A-Za-z0-9²³\u00C0-\u024F]*(?:['’]s?(?= [A-Z]))?|[a-z]+[A-Z][A-Za-z0-9²³]*|[0-9]+[A-Z][A-Za-z0-9²³]*)(?:[\-\.+/][A-Za-z0-9²³]+)*(?: (?![A-Z]\s?[:：])(?:[A-Z][A-Za-z0-9²³\u00C0-\u024F]*|v[0-9]+(?:\.[0-9]+)*(?:\+(?![A-Za-z0-9²³+]))?|(?>[0-9]+(?:\.[0-9]+)*)(?<![0-9]{2}\.[0-9]+|\.[0-9]{3,}|(?<![0-9])0\.[0-9]{2})[A-Za-z]*)(?:[\-\.+][A-Za-z0-9²³]+|(?<=[A-Za-z])/[0-9]+(?![A-Za-z0-9²³/]))*){0,5}(?:(?<![0-9]|[0-9][KMB])(?:\+\+(?![A-Za-z0-9²³+])|\+(?=[\s，,。；;：:、（()）]|和|$|基准|数据集|框架|模型|方法|算法|版本)))?(?![A-Za-z0-9²³\u00C0-\u024F])")]
    private static partial Regex NamePattern();
}
