using Digest.Extractor.Reading;
using Digest.Extractor.Text;

namespace Digest.Extractor.Knowledge;

/// <summary>The curated data the stages consult: lexicon, stoplist, type heads, relation templates, shipped and user-supplied.</summary>
/// <param name="Lexicon">Known entities.</param>
/// <param name="Stoplist">Generic words.</param>
/// <param name="Heads">Head words that type a name.</param>
/// <param name="Shapes">Name shapes that type a name.</param>
/// <param name="Frames">Phrases around a name that type it (在X上取得).</param>
/// <param name="CompoundHeads">Chinese head nouns that make an acronym part of a longer term (ADE检测).</param>
/// <param name="EnglishTermHeads">Head nouns that end a lower-case English term in Chinese prose (commitment loss).</param>
/// <param name="References">Self-references and anaphors.</param>
/// <param name="Templates">Relation templates, in priority order.</param>
/// <param name="Signatures">Which types each relation links.</param>
/// <param name="SectionHeadings">Inline section headings that end a sentence.</param>
/// <param name="TermPrefixes">Clause openers that never start a Chinese term.</param>
/// <param name="ListOpeners">Words after which a list of terms begins (涵盖, 通过).</param>
/// <param name="Quantities">What a measurement looks like, from its units: never an entity.</param>
/// <param name="NameFollowers">What, right after a Latin word, makes it no name (Darcet等人, Recall@10).</param>
/// <param name="AbstractOpeners">What, right after the name that opens a summary's abstract, defines it (是一个, ：).</param>
/// <param name="TermBreaks">Words that end whatever comes before them in a Chinese term (提出, 虽然).</param>
/// <param name="TermWords">Chinese words in which a character that alone ends a term does not (路由, 对齐).</param>
/// <param name="SuccessionOpeners">What opens a sentence that tells a narrative's next step (后来, 随后).</param>
/// <param name="SuccessionVerbs">What, after the next step's name, says it improved on the step before (进一步改进).</param>
/// <param name="ComponentCues">What introduces a list of a method's parts (包含三个核心模块：).</param>
/// <param name="BaselineCues">What introduces a list of the baselines a method is compared with (对比的基线包括).</param>
/// <param name="BenchmarkCues">What introduces a list of the benchmarks a method is evaluated on (在六个基准上评估了X，包括).</param>
/// <param name="CompositionFrames">What says a method is made of parts (由…组成), with the group <c>parts</c>.</param>
/// <param name="BasisAnaphors">What says a work builds on the one the sentence before told of (在此基础上).</param>
/// <param name="ClassFrames">What says which class of work a name is in (GPT-3，一个…的自回归语言模型), with the group <c>class</c>.</param>
/// <param name="TaskFrames">Where a text names a task in Chinese words (在算术推理、常识推理…任务上).</param>
/// <param name="Credits">The words around the people a text credits with a work (由A等人提出, 论文为《…》).</param>
/// <param name="Fingerprint">Changes whenever any of the data but the lexicon changes (for caches: a lexicon change is compared entry by entry).</param>
public sealed record ExtractorKnowledge(
    Lexicon Lexicon,
    Stoplist Stoplist,
    TypeHeads Heads,
    TypeShapes Shapes,
    TypeFrames Frames,
    TypeHeads CompoundHeads,
    TypeHeads EnglishTermHeads,
    ReferenceWords References,
    IReadOnlyList<RelationTemplate> Templates,
    RelationSignatures Signatures,
    IReadOnlyList<string> SectionHeadings,
    IReadOnlyList<string> TermPrefixes,
    IReadOnlyList<string> ListOpeners,
    QuantityShape Quantities,
    IReadOnlyList<string> NameFollowers,
    IReadOnlyList<string> AbstractOpeners,
    IReadOnlyList<string> TermBreaks,
    TermWords TermWords,
    IReadOnlyList<string> SuccessionOpeners,
    IReadOnlyList<string> SuccessionVerbs,
    ListCues ComponentCues,
    ListCues BaselineCues,
    ListCues BenchmarkCues,
    ListCues CompositionFrames,
    ListCues BasisAnaphors,
    ListCues ClassFrames,
    TaskFrames TaskFrames,
    CreditWords Credits,
    string Fingerprint)
{
    private const string LexiconFile = "lexicon.tsv";
    private const string StoplistFile = "stoplist.txt";
    private const string HeadsFile = "type-heads.tsv";
    private const string ShapesFile = "type-shapes.tsv";
    private const string FramesFile = "type-frames.tsv";
    private const string CompoundFile = "compound-heads.tsv";
    private const string EnglishTermHeadsFile = "english-term-heads.tsv";
    private const string ReferencesFile = "references.tsv";
    private const string TemplatesFile = "relation-templates.tsv";
    private const string SignaturesFile = RelationSignatures.FileName;
    private const string HeadingsFile = "section-headings.txt";
    private const string PrefixesFile = "term-prefixes.txt";
    private const string OpenersFile = "list-openers.txt";
    private const string UnitsFile = "quantity-units.txt";
    private const string FollowersFile = "name-followers.txt";
    private const string OpenersOfAbstractsFile = "abstract-openers.txt";
    private const string TermWordsFile = "term-words.txt";
    private const string TermBreaksFile = "term-breaks.txt";
    private const string SuccessionOpenersFile = "succession-openers.txt";
    private const string SuccessionVerbsFile = "succession-verbs.txt";
    private const string ComponentListsFile = "component-lists.txt";
    private const string BaselineListsFile = "baseline-lists.txt";
    private const string BenchmarkListsFile = "benchmark-lists.txt";
    private const string CompositionFramesFile = "composition-frames.txt";
    private const string BasisAnaphorsFile = "basis-anaphors.txt";
    private const string ClassFramesFile = "class-frames.txt";
    private const string TaskFramesFile = "task-frames.tsv";
    private const string CreditWordsFile = "credit-words.tsv";

    /// <summary>
    /// Shipped lexicon files, read in this order before the user's, so that a later file wins on a
    /// shared name: the derived lists (each with its source and licence in its header), then the curated one.
    /// </summary>
    private static readonly string[] ShippedLexicons = ["lexicon-epoch.tsv", "lexicon-lm-eval.tsv", LexiconFile];

    /// <summary>Loads the shipped data, then each user lexicon file over it.</summary>
    /// <param name="userLexiconFiles">Extra lexicon TSV files (<c>--lexicon</c>).</param>
    /// <exception cref="DigestInputException">A user file is missing or malformed.</exception>
    public static ExtractorKnowledge Load(IEnumerable<string>? userLexiconFiles = null)
    {
        var texts = ShippedLexicons.Select(f => (Source: f, Text: EmbeddedData.ReadAll(f))).ToList();
        foreach (var file in userLexiconFiles ?? [])
        {
            if (!File.Exists(file))
            {
                throw new DigestInputException(file, null, "no such lexicon file");
            }

            texts.Add((file, File.ReadAllText(file)));
        }

        var entries = texts.SelectMany(t => Lexicon.Parse(t.Source, new StringReader(t.Text)));
        var data = new[] { StoplistFile, HeadsFile, ShapesFile, FramesFile, CompoundFile, EnglishTermHeadsFile, ReferencesFile, TemplatesFile, SignaturesFile, HeadingsFile, PrefixesFile, OpenersFile, UnitsFile, FollowersFile, OpenersOfAbstractsFile, TermWordsFile, TermBreaksFile, SuccessionOpenersFile, SuccessionVerbsFile, ComponentListsFile, BaselineListsFile, BenchmarkListsFile, CompositionFramesFile, BasisAnaphorsFile, ClassFramesFile, TaskFramesFile, CreditWordsFile }
            .ToDictionary(f => f, EmbeddedData.ReadAll);
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join("\u0000", data.Values))))[..16];
        var references = ReferenceWords.Parse(ReferencesFile, new StringReader(data[ReferencesFile]));
        var termWords = new TermWords(Lines(data[TermWordsFile]));
        return new ExtractorKnowledge(
            Lexicon.From(entries),
            Stoplist.Parse([new StringReader(data[StoplistFile])]),
            TypeHeads.Parse(HeadsFile, new StringReader(data[HeadsFile]), termWords),
            TypeShapes.Parse(ShapesFile, new StringReader(data[ShapesFile])),
            TypeFrames.Parse(FramesFile, new StringReader(data[FramesFile])),
            TypeHeads.Parse(CompoundFile, new StringReader(data[CompoundFile])),
            TypeHeads.Parse(EnglishTermHeadsFile, new StringReader(data[EnglishTermHeadsFile])),
            references,
            RelationTemplateTable.Parse(TemplatesFile, new StringReader(data[TemplatesFile]), references),
            RelationSignatures.Schema,
            Lines(data[HeadingsFile]),
            Lines(data[PrefixesFile]),
            Lines(data[OpenersFile]),
            QuantityShape.Parse(new StringReader(data[UnitsFile])),
            Lines(data[FollowersFile]),
            Lines(data[OpenersOfAbstractsFile]),
            Lines(data[TermBreaksFile]),
            termWords,
            Lines(data[SuccessionOpenersFile]),
            Lines(data[SuccessionVerbsFile]),
            ListCues.Parse(ComponentListsFile, new StringReader(data[ComponentListsFile])),
            ListCues.Parse(BaselineListsFile, new StringReader(data[BaselineListsFile])),
            ListCues.Parse(BenchmarkListsFile, new StringReader(data[BenchmarkListsFile])),
            ListCues.Parse(CompositionFramesFile, new StringReader(data[CompositionFramesFile])),
            ListCues.Parse(BasisAnaphorsFile, new StringReader(data[BasisAnaphorsFile])),
            ListCues.Parse(ClassFramesFile, new StringReader(data[ClassFramesFile])),
            TaskFrames.Parse(TaskFramesFile, new StringReader(data[TaskFramesFile])),
            CreditWords.Parse(CreditWordsFile, new StringReader(data[CreditWordsFile])),
            fingerprint);
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
