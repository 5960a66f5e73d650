using Digest.Extractor.Knowledge;
using Digest.Extractor.Model;
using Digest.Extractor.Pipeline;
using Digest.Extractor.Stages.Resolution;

namespace Digest.Extractor.Stages.Relations;

/// <summary>
/// A name whose last words are another method's name builds on it: <c>ReRoPE (Rectified RoPE)</c>
/// → RoPE, <c>Faster R-CNN</c> → R-CNN, <c>Diffusion-DPO</c> → DPO. The basis must be a method of
/// the same article named by an acronym-like or multi-word name (a single ordinary word such as
/// <c>Planner</c> is too generic), and the longer name must add a word in front that is not a
/// number (<c>12M CMR</c> is a size, not a new method) nor a function word that makes the name a
/// composition (<c>Text-to-SQL</c>, <c>VLM-to-DiT</c>, <c>Shape Context with RANSAC</c>, <c>LLM-as-OS</c>) or an article
/// (<c>The Silicon Mirror</c>). Nor does a known maker, model, tool or dataset in front, apart by a space, vary the name:
/// it says whose it is or what it runs on (<c>NVIDIA OmniDreams</c>, <c>Microsoft GraphRAG</c>, <c>Gemini CLI</c>,
/// <c>Qwen QwQ</c>), while one joined by a hyphen may (<c>DeepSeek-MoE</c>, <c>Qwen-MoE</c>), but for a dataset
/// (<c>HotpotQA-RAG</c>). A word that names the thing as first made (<c>Vanilla GRPO</c>, <c>SOTA ToolFlow</c>) names it,
/// and a negation names its absence (<c>No-CoT</c>, <c>w/o RAG</c>).
/// </summary>
/// <param name="lexicon">Known names, which say what a name's front words are.</param>
/// <param name="originals">Words that name a technique as it was first made (<see cref="ReferenceWords.Originals"/>).</param>
public sealed class NameHeadLineageFinder(Lexicon lexicon, IReadOnlyList<string> originals) : IExtractionStage
{
    /// <summary>Words that join two things into a name instead of naming a variant of the second.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "as", "for", "from", "in", "of", "on", "or", "to", "versus", "via", "vs", "with",
    };

    /// <summary>Negations, which name a thing's absence: <c>No-CoT</c> is a run without CoT.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "no", "non", "without", "w/o" };

    /// <summary>Articles, which before a space name the same thing (<c>The Silicon Mirror</c>; <c>A-SFT</c> is a variant).</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    /// <summary>How much a naming pattern says about lineage: less than a stated cue.</summary>
    private const double Confidence = 0.6;

    /// <inheritdoc />
    public void Run(ArticleContext context)
    {
        var candidates = context.Entities.Where(e => e.Type is EntityType.Method or EntityType.Model).ToList();
        foreach (var derived in candidates)
        {
            foreach (var longName in derived.Aliases.Prepend(derived.Name).Where(n => n.Contains(' ') || n.Contains('-')))
            {
                foreach (var basis in candidates.Where(b => b.Key != derived.Key && b.Type == EntityType.Method))
                {
                    var head = basis.Aliases.Prepend(basis.Name).FirstOrDefault(n => EndsWithName(longName, n) && !OwnedOrRun(longName, n) && !NamesTheOriginal(longName, n));
                    // A comparison with its basis leaves the variant's lineage (DE-CFFN取得了与原始CFFN相当的性能); another link says what it is.
                    if (head is null || context.Relations.Any(r => r.SourceKey == derived.Key && r.TargetKey == basis.Key && r.Type != RelationType.ComparedWith))
                    {
                        continue;
                    }

                    var mention = derived.Mentions.FirstOrDefault(m => m.Surface == longName) ?? derived.Mentions.FirstOrDefault();
                    if (mention is null)
                    {
                        continue;
                    }

                    var sentence = context.Sentences[mention.SentenceIndex].Text;
                    context.Relations.Add(new LocalRelation(
                        derived.Key, RelationType.BuildsOn, basis.Key, new Evidence(context.Article.Id, sentence, longName), Confidence));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> ends with the word(s) <paramref name="head"/> after a space or hyphen.</summary>
    internal static bool EndsWithName(string name, string head) =>
        head.Length >= 2
        && char.IsAsciiLetterUpper(head[0])
        && (SurfaceForms.IsAcronym(head) || head.Contains(' '))
        && name.Length > head.Length + 1
        && !char.IsAsciiDigit(name[0])
        && name.EndsWith(head, StringComparison.Ordinal)
        && name[name.Length - head.Length - 1] is ' ' or '-'
        && !Joiners.Contains(WordBefore(name, name.Length - head.Length - 1))
        && !Negations.Contains(WordBefore(name, name.Length - head.Length - 1))
        && !(name[name.Length - head.Length - 1] == ' ' && Articles.Contains(WordBefore(name, name.Length - head.Length - 1)));

    /// <summary>Whether the words in front of <paramref name="head"/> are a known maker, model, tool or dataset that does not vary it.</summary>
    private bool OwnedOrRun(string name, string head)
    {
        var separator = name[name.Length - head.Length - 1];
        return lexicon.TryFind(name[..(name.Length - head.Length - 1)], out var front)
            && (front.Type is EntityType.Dataset || (separator == ' ' && front.Type is EntityType.Organization or EntityType.Model or EntityType.Tool));
    }

    /// <summary>Whether the word right in front of <paramref name="head"/> names it as first made (<c>Vanilla GRPO</c>).</summary>
    private bool NamesTheOriginal(string name, string head)
    {
        var front = WordBefore(name, name.Length - head.Length - 1);
        return originals.Any(o => front.Equals(o, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The word that ends right before a position (a space or hyphen).</summary>
    private static string WordBefore(string name, int end)
    {
        var start = name.AsSpan(0, end).LastIndexOfAny(' ', '-') + 1;
        return name[start..end];
    }
}
