using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Digest.Extractor.Model;
using Digest.Extractor.Reading;

namespace Digest.Extractor.Knowledge;

/// <summary>
/// Reads <c>relation-templates.tsv</c> (<c>RELATION &lt;TAB&gt; template &lt;TAB&gt; confidence</c>) and
/// compiles each template: <c>{A}</c>/<c>{B}</c> become an entity marker (A also a self-reference
/// or anaphor; B also an anaphor), <c>{A+}</c>/<c>{B+}</c> a coordinated list of markers, <c>…</c> a short gap.
/// A template that starts with <c>{A}</c> gets a second form with the subject dropped at a clause start.
/// </summary>
public static class RelationTemplateTable
{
    /// <summary>The confidence factor of the dropped-subject form.</summary>
    public const double DroppedSubjectFactor = 0.85;

    /// <summary>Options of the templates; their cues are compared with the same case-insensitivity (see <see cref="TemplateCueIndex"/>).</summary>
    /// <remarks>
    /// Interpreted on purpose. <see cref="RegexOptions.Compiled"/> costs about 2 s of JIT for these
    /// patterns, more than it saves on the corpus, and in .NET 10 it loses track of its backtracking
    /// stack when the lazy gap <c>{0,6}?</c> gives up at its maximum (dotnet/runtime#129511, fixed
    /// in .NET 11): on the corpus the stack grows until Array.Resize throws.
    /// </remarks>
    internal const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Marker = "[\uE000-\uF8FF]";
    private const string ListSeparator = @"\s*(?:、|,|，|和|与|及|以及|或|and|or)\s*";

    /// <summary>Cue verbs a gap may not cross, so that <c>提出了基于X的…</c> does not read as introducing X.</summary>
    private const string GapBlockers = "基于|使用|利用|采用|通过|提出|相比|优于|结合|借助|以及|面向|针对|用于|作为";

    private const string Gap = "(?:(?!" + GapBlockers + ")[^\uE000-\uF8FF，,。；;：:！？!?()（）、]){0,6}?";

    /// <summary>Parses and compiles the templates.</summary>
    /// <param name="source">The file name, for errors.</param>
    /// <param name="reader">The text.</param>
    /// <param name="references">Self-references and anaphors that may stand for the source.</param>
    /// <exception cref="DigestInputException">A malformed line or pattern.</exception>
    public static IReadOnlyList<RelationTemplate> Parse(string source, TextReader reader, ReferenceWords references)
    {
        var words = string.Join('|', references.Self.Concat(references.Anaphors).OrderByDescending(w => w.Length).Select(Regex.Escape));
        var anaphors = string.Join('|', references.Anaphors.Select(Regex.Escape));
        var templates = new List<RelationTemplate>();
        foreach (var (number, line) in DataLines.Read(reader))
        {
            var fields = line.Split('\t');
            if (fields.Length != 3 || !SchemaNames.TryParseRelation(fields[0], out var type)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence)
                || !fields[1].Contains("{B", StringComparison.Ordinal))
            {
                throw new DigestInputException(source, number, "expected: RELATION<TAB>template with {B}<TAB>confidence");
            }

            try
            {
                var cues = TemplateCue.Required(fields[1]);
                templates.Add(new RelationTemplate(type, fields[1], Compile(fields[1], words, anaphors), confidence, number) { Cues = cues });
                if (DroppedSubjectForm(fields[1]) is { } dropped)
                {
                    // Dropping the subject keeps the rest, so the cues are still required.
                    templates.Add(new RelationTemplate(type, fields[1], Compile(dropped, words, anaphors, anchored: true), confidence * DroppedSubjectFactor, number) { Cues = cues });
                }
            }
            catch (ArgumentException e)
            {
                throw new DigestInputException(source, number, "bad pattern: " + e.Message);
            }
        }

        return templates;
    }

    /// <summary>The template without its leading <c>{A}</c> (and the gap after it), or null.</summary>
    private static string? DroppedSubjectForm(string template)
    {
        foreach (var head in new[] { "{A+}", "{A}" })
        {
            if (template.StartsWith(head, StringComparison.Ordinal))
            {
                var rest = template[head.Length..];
                rest = rest.StartsWith('…') ? rest[1..] : rest;
                return rest.StartsWith(' ') ? null : rest;
            }
        }

        return null;
    }

    private static Regex Compile(string template, string words, string anaphors, bool anchored = false)
    {
        var list = $"{Marker}(?:{ListSeparator}{Marker})*";
        var pattern = new StringBuilder(template)
            .Replace("{A+}", $"(?<A>{list}|{words})")
            .Replace("{A}", $"(?<A>{Marker}|{words})")
            .Replace("{B+}", $"(?<B>{list})")
            .Replace("{B}", $"(?<B>{Marker}|{anaphors})")
            .Replace("…", Gap)
            .ToString();
        if (anchored)
        {
            pattern = @"(?:^|(?<=[，,；;：:]))\s*(?:并且|并|而且|而|同时|还|也|从而|进而|然后|再|且)?(?:显著|大幅|有效地?|进一步|成功地?|可以|能够|均)?" + pattern;
        }

        return new Regex(pattern, Options);
    }
}
