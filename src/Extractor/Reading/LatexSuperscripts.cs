using System.Text.RegularExpressions;

namespace Digest.Extractor.Reading;

/// <summary>
/// Writes a squared or cubed mark that a digest spells in LaTeX (<c>U$^2$Mamba</c>, <c>PyCSP$^{3}$</c>, <c>SR$^2$AM</c>)
/// as the superscript character (<c>U²Mamba</c>), which names keep (<c>PAR²-RAG</c>): spelt in LaTeX, the dollar signs cut
/// the name in two. Other LaTeX is left as written.
/// </summary>
public static partial class LatexSuperscripts
{
    /// <summary>The text with each <c>$^2$</c>, <c>$^{2}$</c>, <c>$^3$</c> or <c>$^{3}$</c> written as ² or ³.</summary>
    /// <param name="text">A title or a body.</param>
    public static string Render(string text) =>
        text.Contains("$^", StringComparison.Ordinal) ? Superscript().Replace(text, m => m.Groups["digit"].Value == "2" ? "²" : "³") : text;

    [GeneratedRegex(@"\$\^(?:(?<digit>[23])|\{(?<digit>[23])\})\$")]
    private static partial Regex Superscript();
}
