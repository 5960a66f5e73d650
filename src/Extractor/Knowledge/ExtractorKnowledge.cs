using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>The curated data the stages consult: lexicon and stoplist, shipped and user-supplied.</summary>
/// <param name="Lexicon">Known entities.</param>
/// <param name="Stoplist">Generic words.</param>
/// <param name="Cues">Relation cue words.</param>
/// <param name="Fingerprint">Changes whenever any of the data changes (for caches).</param>
public sealed record ExtractorKnowledge(Lexicon Lexicon, Stoplist Stoplist, IReadOnlyList<RelationCue> Cues, string Fingerprint)
{
    private const string LexiconFile = "lexicon.tsv";
    private const string StoplistFile = "stoplist.txt";
    private const string CueFile = "relation-cues.tsv";

    /// <summary>Loads the shipped data, then each user lexicon file over it.</summary>
    /// <param name="userLexiconFiles">Extra lexicon TSV files (<c>--lexicon</c>).</param>
    /// <exception cref="DigestInputException">A user file is missing or malformed.</exception>
    public static ExtractorKnowledge Load(IEnumerable<string>? userLexiconFiles = null)
    {
        var texts = new List<(string Source, string Text)> { (LexiconFile, EmbeddedData.ReadAll(LexiconFile)) };
        foreach (var file in userLexiconFiles ?? [])
        {
            if (!File.Exists(file))
            {
                throw new DigestInputException(file, null, "no such lexicon file");
            }

            texts.Add((file, File.ReadAllText(file)));
        }

        var entries = texts.SelectMany(t => Lexicon.Parse(t.Source, new StringReader(t.Text)));
        var stopText = EmbeddedData.ReadAll(StoplistFile);
        var cueText = EmbeddedData.ReadAll(CueFile);
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join("\u0000", texts.Select(t => t.Text).Append(stopText).Append(cueText)))))[..16];
        return new ExtractorKnowledge(
            Lexicon.From(entries),
            Stoplist.Parse([new StringReader(stopText)]),
            RelationCueTable.Parse(CueFile, new StringReader(cueText)),
            fingerprint);
    }
}
